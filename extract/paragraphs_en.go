package extract

import "strings"

// paragraphSubject reports whether sentence k, whose subject a sentence si opening with "the
// company" (or firm, start-up) takes,
// opens in si's paragraph while the article's main subject is not named anywhere in that
// paragraph before si: a roundup ("Deals of the week") gives each company a paragraph of its
// own, and "The company" there is the paragraph's company, not the one most named above it.
func paragraphSubject(d *doc, es *entitySet, si, k int, main, m mention) bool {
	if d.lang != "en" {
		return zhParagraphSubject(d, es, si, k, main, m)
	}
	if !wordAt(d.folded, afterTimeOpener(d, d.sents[si]), []string{"the company", "the firm", "the startup", "the start-up"}) {
		return false
	}
	return notNamedInParagraph(d, es, si, k, main)
}

// zhParagraphSubject is paragraphSubject for Chinese: a sentence opening with 其, 公司 or 該公司
// takes the name m that opens sentence k of its own paragraph when the article's main subject
// is not named in that paragraph before it (機電署批出合約…。巡捷科技由…創立。其巡檢機械人已銷往新加坡:
// 巡捷科技's robots, not the department's).
func zhParagraphSubject(d *doc, es *entitySet, si, k int, main, m mention) bool {
	if !opensWithQi(d, si) && !wordAt(d.folded, afterTimeOpener(d, d.sents[si]), []string{"公司", "该公司"}) { // 其 as itAfterSubject reads it (staffposts.go), not 其中/其他
		return false
	}
	// (m may open the sentence before a clause read as a time opener: 甲成立于2018年，总部位于…)
	if m.media || m.start != openerOrLabelEnd(d, d.sents[k]) && m.start != d.sents[k].start || sameEntity(m, main) {
		return false // a masthead (据21世纪经济报道…) is no paragraph's subject
	}
	if rest := string(d.folded[m.end:d.sents[k].end]); strings.Contains(rest, "公司") || strings.Contains(rest, "其") {
		return false // 維港投資持有公司約12%股權: sentence k is itself about the company
	}
	return notNamedInParagraph(d, es, si, k, main)
}

// notNamedInParagraph reports whether sentence k opens in si's paragraph and main is named
// nowhere in that paragraph before si.
func notNamedInParagraph(d *doc, es *entitySet, si, k int, main mention) bool {
	start := paragraphStart(d, d.sents[si].start)
	if d.sents[k].start < start {
		return false
	}
	for _, m := range es.mentions {
		if m.start >= d.sents[si].start {
			break
		}
		if m.start >= start && sameEntity(m, main) {
			return false
		}
	}
	return true
}

// paragraphStart is where the paragraph holding position i opens: after the last blank line
// or line break before it.
func paragraphStart(d *doc, i int) int {
	for j := i - 1; j >= 0; j-- {
		if d.runes[j] == '\n' {
			return j + 1
		}
	}
	return 0
}

// personPronounOpens reports whether English sentence si opens with "he" or "she": the person
// it refers to is the one named last, not the one the article names most.
func personPronounOpens(d *doc, si int) bool {
	return d.lang == "en" && wordAt(d.folded, afterTimeOpener(d, d.sents[si]), []string{"he ", "she "})
}
