package eval

// ResultsHeader opens eval/RESULTS.md.
const ResultsHeader = `# Extractor quality (written by ` + "`make eval`" + `)

Relationship precision and recall compare distinct (type, from, to) proposals with the
hand-written gold facts of each text (PARTNERED_WITH and MERGED_WITH in either direction).
**dev** texts were written first and the cue lists tuned on them (the set grew in rounds, some
after the held-out texts, to find general gaps; the last seven, dev/en-8…10, zh-hans-6…7 and
zh-hant-7…8, were written and annotated before any rule was changed for them, and that round
read the dev misses only: ` + "`evalextract -split dev`" + `); **heldout** texts were never tuned on: their
numbers estimate unseen news, though the rule writers saw their totals; **heldout2** texts were
written and annotated blind, by an annotator who never read the extractor, its cue lists or its
results, and annotated exhaustively (every fact a careful curator would record, 171 in 12 texts);
blind until measured on 2026-12-01, now a study set whose misses the rules were analysed on;
**heldout3** texts, written the same way after that, were blind for round one of the rules (measured
on 2026-12-01: P 0.50, R 0.18), then studied by rounds two and three (round three read its misses
closely: its numbers now measure fit, not generalisation); **heldout4** texts, written blind by another
annotator, were read by no rule writer until round three was measured on them (P 0.76, R 0.45;
before round three P 0.75, R 0.36), and were studied by round four; **heldout5** texts,
written blind by a third annotator in styles none of the earlier sets has, were read by no rule
writer until round four was measured on them (before round three P 0.74 R 0.33, after it P 0.72
R 0.40, after round four P 0.73 R 0.41), then studied by round five (R 0.41 → 0.58);
**heldout6** texts, written blind by a fourth annotator on 2026-12-02 in yet other styles (a
prospectus summary, a signing ceremony, a 立法會 reply, an HKEX announcement, a podcast
transcript), read by no rule writer: the honest estimate. Measured on heldout6: before round
five P 0.61 R 0.27, after it P 0.63 R 0.29 — round five took the heldout5 it read from R 0.41 to
0.58 and the unseen texts by two points: these rules fit what they read and do not generalise.
Round six (2026-12-02) wrote only general mechanisms (a list of organisations news names bare,
speakers before verbs of speech, 、-lists sharing a kind, defined terms of announcements, verb
forms of every cue, reference back past participle clauses, headline short names), checked on
the studied splits and on sentences of the writers' own, never on heldout6: heldout6 went from
P 0.63 R 0.29, new-entity recall 0.78 to P 0.65 R 0.32, new-entity recall 0.81 — general rules
carry a little further, and the targets (P 0.7, R 0.6 in each script) are still far;
round seven (2026-12-02 evening) studied heldout6 too (R 0.32 → 0.57) and mined the cue lists
from all 1,781 studied gold facts (internal/tools/cuemine: little that is frequent, precise and
general is missing); **heldout7** and **heldout8**, written blind by two more annotators in
mainstream business-news styles (a funding round, a fund launch, an appointment, a 新聞公報, an
acquisition, an IPO filing, …), are the honest estimate: before round seven P 0.69 R 0.41 and
P 0.76 R 0.41, after it P 0.70 R 0.43 and P 0.77 R 0.42 (new-entity recall 0.81 and 0.87), after
rounds eight (English, 2026-12-03) and nine (Chinese) P 0.72 R 0.43 and P 0.78 R 0.43 (0.82 and 0.86),
after rounds ten (attachment), eleven (Chinese names and links) and twelve (English), chosen from
the cause tables below and studying heldout2–6 (heldout6: R 0.59 → 0.76), P 0.73 R 0.46 and
P 0.81 R 0.46 (0.83 and 0.87); **heldout9**, written blind by a seventh annotator on 2026-12-03 in
other mainstream styles and merged after those rounds had branched: before them P 0.64 R 0.35,
after them P 0.65 R 0.36 (new-entity recall 0.81) — studied sets move by 5 to 20 points a round,
unseen ones by 0 to 3; round thirteen (2026-12-03) studied heldout7 (R 0.46 → 0.58) and, with the
Chinese designations, left heldout8 at P 0.82 R 0.48 and heldout9 at P 0.66 R 0.38;
**heldout10**, written blind by an eighth annotator on 2026-12-03 in other story types (a
pivot, a shutdown, a joint lab, a procurement award, convertible notes), measured before round
fourteen at P 0.70 R 0.43; round fourteen (English, Chinese and precision, studying heldout8:
R 0.48 → 0.86) took heldout9 to P 0.70 R 0.44 and heldout10 to P 0.75 R 0.50; **study1** and
**study2**, written by two more annotators that afternoon to be read (before anyone read them P
0.74 R 0.50 and P 0.77 R 0.55), were studied by round fifteen (to P 0.83 R 0.61 and P 0.91 R 0.75),
which moved heldout9 and heldout10 by one fact; after a precision pass (round sixteen) heldout9
P 0.71 R 0.44 and heldout10 P 0.75 R 0.50; round seventeen (2026-12-03 evening) studied heldout9
(R 0.44 → 0.67) and moved heldout10 to P 0.76 R 0.51 (+2 facts) and **heldout11** (a ninth
annotator's blind set, measured before the round at P 0.72 R 0.45) not at all; **val1** and **val2**,
two validation sets its second wave scored by totals only (P 0.81 R 0.55 and P 0.70 R 0.49 before
the round), went to R 0.58 and 0.51; round eighteen (2026-12-03 night: markets, events, funding
and founding types, subjects across sentences, attachment, places, investment and posts, precision;
studying heldout10, R 0.51 → 0.71) took val1 and val2 to R 0.60 and 0.52 and the three blind sets,
**heldout11**, **heldout12** and **heldout13** (two more annotators' sets in mainstream styles, written
while the round ran), from R 0.45, 0.60 and 0.45 to 0.48, 0.62 and 0.46 (+18 facts of 776, precision
0.71, 0.79 and 0.75 before, 0.70, 0.79 and 0.75 after); round nineteen (2026-12-03 late night: ten
writers, studying heldout11, R 0.48 → 0.76) took val1 to R 0.62 (val2 unchanged) and the four blind
sets, heldout12, heldout13 and **heldout14** and **heldout15** (two more mainstream sets written while it
ran), from R 0.62, 0.46, 0.53 and 0.51 to 0.63, 0.48, 0.53 and 0.52 (+11 facts of 1,048: R 0.530 →
0.540, precision 0.775 → 0.780): they are the honest estimate now;
**seed** is the seed article read with no known entities, against the
113 hand-curated seed relationships (an interview, not news: many of its facts are stated
indirectly, so its recall is a floor, not a target). Dev and held-out texts are read knowing the
seed's entities, as the graph does after ` + "`seed`" + `. The last two tables say where recall and
precision go, without reading a text: each missed gold fact by its nearest proposal (same ends
with another type, reversed, an end's name cut differently, one end another entity) or else by
whether an end was recognised at all and whether its ends share a sentence; each wrong proposal
by the gold fact nearest it. ` + "`make eval`" + ` also runs
BenchmarkExtract10k (a 10,000-character text): it reports wall time and the process's CPU time
per extraction.

`
