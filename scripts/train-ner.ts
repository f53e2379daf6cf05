// `npm run train:ner`: trains the NER model from ../shared/data/gmb. (Skeleton.)
console.error('train:ner: not implemented yet');
