import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTimes } from './find-times.ts';

/** [text, expected span text, start, end, precision, kind?, historical?] */
type Row = [string, string, string, string, string, string?, boolean?];

function check(published: string | null, rows: readonly Row[]) {
  for (const [text, span, start, end, precision, kind, historical] of rows) {
    it(`${published ?? 'no date'}: ${text}`, () => {
      const times = findTimes(text, published);
      assert.equal(times.length, 1, `one expression in ${JSON.stringify(text)}: ${JSON.stringify(times)}`);
      const t = times[0]!;
      assert.equal(t.text, span);
      assert.deepEqual(t.range, { start, end, precision });
      if (kind) assert.equal(t.kind, kind);
      if (historical !== undefined) assert.equal(t.historical, historical);
    });
  }
}

// Wednesday 10 February 2021 (the codebook's example)
describe('relative to a Wednesday', () => {
  check('2021-02-10', [
    ['They were deployed on Monday.', 'Monday', '2021-02-08', '2021-02-08', 'day', 'point', false],
    ['He spoke on Wednesday.', 'Wednesday', '2021-02-10', '2021-02-10', 'day'],
    ['It happened on Thursday.', 'Thursday', '2021-02-04', '2021-02-04', 'day'],
    [
      'on Monday and Tuesday this week',
      'Monday and Tuesday this week',
      '2021-02-08',
      '2021-02-09',
      'day',
      'range',
    ],
    ['on Tuesday this week', 'Tuesday this week', '2021-02-09', '2021-02-09', 'day'],
    ['clashes this week', 'this week', '2021-02-08', '2021-02-10', 'week'],
    ['protests last week', 'last week', '2021-02-01', '2021-02-07', 'week'],
    ['a seminar last Friday', 'last Friday', '2021-02-05', '2021-02-05', 'day'],
    ['a raid last Wednesday', 'last Wednesday', '2021-02-03', '2021-02-03', 'day'],
    ['on Friday last week', 'Friday last week', '2021-02-05', '2021-02-05', 'day'],
    ['talks next Monday', 'next Monday', '2021-02-15', '2021-02-15', 'day'],
    ['killed yesterday', 'yesterday', '2021-02-09', '2021-02-09', 'day'],
    ['said today', 'today', '2021-02-10', '2021-02-10', 'day'],
    ['will speak tonight', 'tonight', '2021-02-10', '2021-02-10', 'day'],
    ['a strike last night', 'last night', '2021-02-09', '2021-02-10', 'day', 'range'],
    ['rockets fell overnight', 'overnight', '2021-02-09', '2021-02-10', 'day', 'range'],
    [
      'late on Saturday into Sunday',
      'late on Saturday into Sunday',
      '2021-02-06',
      '2021-02-07',
      'day',
      'range',
    ],
    ['overnight Saturday into Sunday', 'overnight Saturday into Sunday', '2021-02-06', '2021-02-07', 'day'],
    ['on the night of Monday', 'on the night of Monday', '2021-02-08', '2021-02-09', 'day', 'range'],
    ['on Saturday night', 'Saturday night', '2021-02-06', '2021-02-07', 'day'],
    ['two days ago', 'two days ago', '2021-02-08', '2021-02-08', 'day'],
    ['three weeks ago', 'three weeks ago', '2021-01-18', '2021-01-24', 'week'],
    ['a month ago', 'a month ago', '2021-01-01', '2021-01-31', 'month'],
    ['earlier this month', 'earlier this month', '2021-02-01', '2021-02-10', 'month'],
    ['last month', 'last month', '2021-01-01', '2021-01-31', 'month', 'point', false],
    ['this year', 'this year', '2021-01-01', '2021-02-10', 'year'],
    ['last year', 'last year', '2020-01-01', '2020-12-31', 'year', 'point', true],
    ['over the weekend', 'the weekend', '2021-02-06', '2021-02-07', 'day'],
    ['in the past three days', 'the past three days', '2021-02-07', '2021-02-10', 'day', 'since'],
    ['attacks in recent weeks', 'recent weeks', '2021-01-13', '2021-02-10', 'day', 'since'],
    ['the day before yesterday', 'the day before yesterday', '2021-02-08', '2021-02-08', 'day'],
    ['Monday, February 8', 'Monday, February 8', '2021-02-08', '2021-02-08', 'day'],
    ['Talks will be held on Friday.', 'Friday', '2021-02-12', '2021-02-12', 'day'],
    ['The vote is scheduled for Wednesday.', 'Wednesday', '2021-02-10', '2021-02-10', 'day'],
    ['Elections will take place in June.', 'June', '2021-06-01', '2021-06-30', 'month'],
    ['The summit is due to open on March 3.', 'March 3', '2021-03-03', '2021-03-03', 'day'],
    ['He said on Friday that troops will leave.', 'Friday', '2021-02-05', '2021-02-05', 'day'],
    ['Ministers will meet, it was announced Thursday.', 'Thursday', '2021-02-04', '2021-02-04', 'day'],
  ]);
});

describe('months and years against publication', () => {
  check('2021-02-10', [
    ['in March', 'March', '2020-03-01', '2020-03-31', 'month', 'point', true],
    ['in February', 'February', '2021-02-01', '2021-02-28', 'month'],
    ['since mid-March', 'since mid-March', '2020-03-01', '2021-02-10', 'month', 'since'],
    ['last March', 'last March', '2020-03-01', '2020-03-31', 'month'],
    ['in 2019', '2019', '2019-01-01', '2019-12-31', 'year', 'point', true],
    ['since October', 'since October', '2020-10-01', '2021-02-10', 'month', 'since'],
    ['since 2014', 'since 2014', '2014-01-01', '2021-02-10', 'year', 'since'],
    ['in the 1980s', 'the 1980s', '1980-01-01', '1989-12-31', 'year', 'point', true],
    ['the early 1990s', 'the early 1990s', '1990-01-01', '1993-12-31', 'year'],
    ['from 2014 to 2017', '2014 to 2017', '2014-01-01', '2017-12-31', 'year', 'range'],
    ['between March and May', 'March and May', '2020-03-01', '2020-05-31', 'month', 'range'],
    ['In March 2020', 'March 2020', '2020-03-01', '2020-03-31', 'month'],
    ['in early March.', 'early March', '2020-03-01', '2020-03-31', 'month'],
    ['secured in January this year', 'January this year', '2021-01-01', '2021-01-31', 'month'],
    ['in May of last year', 'May of last year', '2020-05-01', '2020-05-31', 'month'],
    [
      'from December through January',
      'December through January',
      '2020-12-01',
      '2021-01-31',
      'month',
      'range',
    ],
  ]);
});

describe('written dates', () => {
  check('2021-02-10', [
    [
      'Baghdad, Iraq May 24, 2019. (REUTERS)',
      'May 24, 2019',
      '2019-05-24',
      '2019-05-24',
      'day',
      'point',
      true,
    ],
    ['on 24 May 2019', '24 May 2019', '2019-05-24', '2019-05-24', 'day'],
    ['on the 24th of May', '24th of May', '2020-05-24', '2020-05-24', 'day'],
    ['on February 10', 'February 10', '2021-02-10', '2021-02-10', 'day', 'point', false],
    ['on February 14', 'February 14', '2021-02-14', '2021-02-14', 'day'],
    ['on December 5', 'December 5', '2020-12-05', '2020-12-05', 'day'],
    ['on Feb. 8', 'Feb. 8', '2021-02-08', '2021-02-08', 'day'],
    ['on 10/02/2021', '10/02/2021', '2021-02-10', '2021-02-10', 'day'],
    ['on 02/09/2021', '02/09/2021', '2021-02-09', '2021-02-09', 'day'],
    ['on 25/12/2020', '25/12/2020', '2020-12-25', '2020-12-25', 'day'],
    ['dated 2021-02-07', '2021-02-07', '2021-02-07', '2021-02-07', 'day'],
    ['between 3 and 5 March', '3 and 5 March', '2020-03-03', '2020-03-05', 'day', 'range'],
    ['from March 3 to March 5', 'March 3 to March 5', '2020-03-03', '2020-03-05', 'day', 'range'],
    ['on 3-5 March 2021', '3-5 March 2021', '2021-03-03', '2021-03-05', 'day', 'range'],
    ['from February 28 to March 2, 2020', 'February 28 to March 2, 2020', '2020-02-28', '2020-03-02', 'day'],
    ['the October 7 attacks', 'October 7', '2020-10-07', '2020-10-07', 'day', 'point', true],
    [
      'On the night of 4-5 March 2021, an IED',
      'On the night of 4-5 March 2021',
      '2021-03-04',
      '2021-03-05',
      'day',
      'range',
    ],
    [
      'In the early hours of 6 February 2021',
      'the early hours of 6 February 2021',
      '2021-02-06',
      '2021-02-06',
      'day',
    ],
    ['on 3/4 February', '3/4 February', '2021-02-03', '2021-02-04', 'day', 'range'],
    ['dated 2021/02/05', '2021/02/05', '2021-02-05', '2021-02-05', 'day'],
    ['on Monday night (8 February)', 'Monday night (8 February', '2021-02-08', '2021-02-09', 'day', 'range'],
    ['On March 3, 2000 people marched', 'March 3', '2020-03-03', '2020-03-03', 'day'],
    [
      'the first anniversary of the massacre',
      'the first anniversary',
      '2020-02-03',
      '2020-02-10',
      'week',
      'anniversary',
      true,
    ],
  ]);
});

describe('feasts', () => {
  check('2021-05-20', [
    ['clashes during Ramadan', 'Ramadan', '2021-04-12', '2021-05-13', 'month'],
    ['on Eid al-Fitr', 'Eid al-Fitr', '2021-05-12', '2021-05-16', 'day'],
    ['last Nowruz', 'last Nowruz', '2021-03-21', '2021-03-21', 'day'],
  ]);
  check('2021-08-30', [
    ['pilgrims marking Ashura', 'Ashura', '2021-08-18', '2021-08-20', 'day'],
    ['ahead of Arbaeen', 'Arbaeen', '2021-09-27', '2021-09-29', 'day'],
    ['on Arbaeen last year', 'Arbaeen last year', '2020-10-07', '2020-10-09', 'day'],
    ['Pilgrims will gather on Arbaeen', 'Arbaeen', '2021-09-27', '2021-09-29', 'day'],
  ]);
  it('does not read a person called Ramadan or a Christmas market as dates', () => {
    assert.deepEqual(findTimes('PIJ leader Ramadan Shallah spoke at a Christmas market.', '2021-02-10'), []);
    assert.equal(findTimes('Shops closed over Christmas.', '2021-02-10')[0]?.range.start, '2020-12-25');
  });
});

describe('other publication days', () => {
  check('2021-02-13', [
    ['on Saturday', 'Saturday', '2021-02-13', '2021-02-13', 'day'],
    ['last Saturday', 'last Saturday', '2021-02-06', '2021-02-06', 'day'],
    ['over the weekend', 'the weekend', '2021-02-13', '2021-02-14', 'day'],
  ]);
  check('2021-01-05', [
    ['in December', 'December', '2020-12-01', '2020-12-31', 'month'],
    ['on December 30', 'December 30', '2020-12-30', '2020-12-30', 'day'],
    ['last week', 'last week', '2020-12-28', '2021-01-03', 'week'],
  ]);
  check('2024-05-01', [
    ['since the October 7 attacks', 'since the October 7', '2023-10-07', '2024-05-01', 'day'],
  ]);
  check(null, [['Baghdad, May 24, 2019', 'May 24, 2019', '2019-05-24', '2019-05-24', 'day']]);
});

describe('what is not a date', () => {
  const none = [
    'They joined the march on the ministry.',
    'The March organisers were arrested.',
    'It may rain; they may go.',
    'He told the Sunday Times.',
    'The Black September group.',
    'Theresa May said so.',
    'A crowd of 2000 people.',
    'The curfew starts by 2000 GMT.',
    'He was 24 and she was 30.',
    'Article 140 of the constitution.',
    'the Good Friday Agreement',
    'The March 14 Alliance and the 8 March Movement met.',
  ];
  for (const text of none) {
    it(text, () => assert.deepEqual(findTimes(text, '2021-02-10'), []));
  }
  it('resolves nothing relative when the publication date is unknown', () => {
    assert.deepEqual(findTimes('on Monday, last week, yesterday, in March', null), []);
  });
});

describe('dates told from the last date named', () => {
  const chain = (text: string) =>
    findTimes(text, '2021-02-10').map((t) => [t.text, t.range.start, t.range.end]);
  it('counts the next day, days later and that night from the date before', () => {
    assert.deepEqual(chain('Gunmen attacked on Monday. The following day, police arrested two men.'), [
      ['Monday', '2021-02-08', '2021-02-08'],
      ['The following day', '2021-02-09', '2021-02-09'],
    ]);
    assert.deepEqual(chain('A bomb exploded on 3 February 2021; two days later a second one went off.'), [
      ['3 February 2021', '2021-02-03', '2021-02-03'],
      ['two days later', '2021-02-05', '2021-02-05'],
    ]);
    assert.deepEqual(chain('Protests began on Sunday. Later that day, and again that night, police fired.'), [
      ['Sunday', '2021-02-07', '2021-02-07'],
      ['Later that day', '2021-02-07', '2021-02-07'],
      ['that night', '2021-02-07', '2021-02-08'],
    ]);
  });
  it('drops them when no date was named before', () => {
    assert.deepEqual(chain('The following day, police arrested two men. Hours later they were freed.'), []);
  });
  it('keeps "the day before yesterday" and "the day before the vote" apart', () => {
    assert.deepEqual(chain('On Monday. The day before the vote, and the day before yesterday.'), [
      ['Monday', '2021-02-08', '2021-02-08'],
      ['the day before yesterday', '2021-02-08', '2021-02-08'],
    ]);
  });
});

describe('anniversaries', () => {
  it('anchors on the day named just before', () => {
    const text = 'A seminar last Friday. It commemorated the first anniversary of the massacre.';
    const [friday, anniversary] = findTimes(text, '2021-02-10');
    assert.equal(friday?.range.start, '2021-02-05');
    assert.deepEqual(anniversary?.range, { start: '2020-02-05', end: '2020-02-05', precision: 'day' });
    assert.equal(anniversary?.historical, true);
  });
});
