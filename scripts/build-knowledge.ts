// `npm run build:knowledge`: rebuilds the derived knowledge files in knowledge/build/ from
// ../shared/data and the npm data packages. (Skeleton: nothing to build yet.)
console.error('build:knowledge: nothing to build yet');
