package eval

// ResultsHeader opens eval/RESULTS.md.
const ResultsHeader = `# Extractor quality (written by ` + "`make eval`" + `)

Relationship precision and recall compare distinct (type, from, to) proposals with the
hand-written gold facts of each text (PARTNERED_WITH and MERGED_WITH in either direction).
**dev** texts were written first and the cue lists tuned on them (the set grew in rounds, some
after the held-out texts, to find general gaps); **heldout** texts were never tuned on: their
numbers are the honest estimate for unseen news; **seed** is the seed article read with no known entities, against the
113 hand-curated seed relationships (an interview, not news: many of its facts are stated
indirectly, so its recall is a floor, not a target). Dev and held-out texts are read knowing the
seed's entities, as the graph does after ` + "`seed`" + `. ` + "`make eval`" + ` also runs
BenchmarkExtract10k (a 10,000-character text): it reports wall time and the process's CPU time
per extraction.

`
