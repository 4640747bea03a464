package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
)

// Chinese news often gives its source on a line of its own under the headline, with no
// bracket around the medium:
//
//	財新網 記者 何雨桐        經濟日報記者 馮卓謙        虎嗅 文｜林晓彤        政府新聞網
//
// The medium is an organisation (a party to no fact of the story) and the reporter WORKED_AT it.

// zhLineBylineMarks stand between a bare medium and its reporter.
var zhLineBylineMarks = []string{"记者", "编辑", "撰文", "文｜", "文|", "文/", "文：", "文:"}

// zhSourceLineEndings end a medium's name that stands alone on a source line: a paper's
// endings and a news site's or agency's.
var zhSourceLineEndings = append([]string{"网", "新闻网", "通讯社", "电视台", "电台"}, zhMediaEndings...)

// lineByline is a source line's medium and its reporter (reporter.end == 0 when none).
type lineByline struct{ media, reporter span }

// lineBylines reads the source lines among the text's opening lines.
func lineBylines(d *doc) []lineByline {
	if d.lang == "en" {
		return nil
	}
	f := d.folded
	var out []lineByline
	for ls, n := 0, 0; ls < len(f) && n < 4 && ls < 200; n++ {
		le := ls
		for le < len(f) && f[le] != '\n' {
			le++
		}
		if b, ok := lineBylineAt(f, ls, le, n > 0); ok {
			out = append(out, b)
		}
		ls = le + 1
	}
	if b, ok := authorLineByline(d); ok && len(out) == 0 {
		out = append(out, b) // 作者：何一帆 … 雷峰网消息， (authorlines_zh.go)
	}
	return out
}

// lineBylineAt reads the line [ls, le) as "MEDIA[ ]MARK[ ]REPORTER" or, when alone may hold,
// as a medium's name alone.
func lineBylineAt(f []rune, ls, le int, alone bool) (lineByline, bool) {
	for ls < le && isSpace(f[ls]) {
		ls++
	}
	for le > ls && isSpace(f[le-1]) {
		le--
	}
	me := ls
	for me < le && (isHan(f[me]) || isLatinLetter(f[me]) || isDigit(f[me])) && wordStartingAt(f, me, zhLineBylineMarks) == "" {
		me++
	}
	media := span{ls, dispatchTailCut(f, ls, me)} // 南都讯 记者 冯诗雅: the paper is 南都
	if !bareMedium(f[media.start:media.end]) {
		return lineByline{}, false
	}
	if me == le {
		if alone && endsWithAny(f, me, zhSourceLineEndings) && me-ls >= 3 {
			return lineByline{media: media}, true
		}
		return lineByline{}, false
	}
	j := me
	for j < le && f[j] == ' ' {
		j++
	}
	mark := wordStartingAt(f, j, zhLineBylineMarks)
	if mark == "" {
		return lineByline{}, false
	}
	j = bylineGap(f, j+len([]rune(mark)))
	p, ok := chineseNameAfter(f, j)
	if !ok || p.end < le && !isSpace(f[p.end]) && !strings.ContainsRune("、（(", f[p.end]) {
		return lineByline{}, false
	}
	return lineByline{media: media, reporter: p}, true
}

// bareMedium reports whether f can be a medium's name opening a source line: 2–10 runes, no
// generic words, not "this paper" (本报) or another opener that names no medium.
func bareMedium(f []rune) bool {
	if len(f) < 2 || len(f) > 10 || demonstrativeLed(f) || allGeneric(string(f)) || !paperName(f) {
		return false
	}
	return wordStartingAt(f, 0, zhNotMastheads) == ""
}

// lineBylineNames proposes the media and reporters of the source lines.
func lineBylineNames(d *doc) []mention {
	var out []mention
	for _, b := range lineBylines(d) {
		name := string(d.runes[b.media.start:b.media.end])
		out = append(out, mention{start: b.media.start, end: b.media.end, name: name, key: d.key(name), kind: kg.KindOrganization, media: true})
		if b.reporter.end > 0 {
			p := string(d.runes[b.reporter.start:b.reporter.end])
			out = append(out, mention{start: b.reporter.start, end: b.reporter.end, name: p, key: d.key(p), kind: kg.KindPerson})
		}
	}
	return out
}

// lineBylineFacts makes each source line's reporter WORKED_AT its medium.
func lineBylineFacts(d *doc, es *entitySet) []Proposal {
	var out []Proposal
	for _, b := range lineBylines(d) {
		if b.reporter.end == 0 {
			continue
		}
		m, okM := mentionAt(es.mentions, b.media.start)
		p, okP := mentionAt(es.mentions, b.reporter.start)
		if !okM || !okP || m.end != b.media.end || p.end != b.reporter.end || m.kind != kg.KindOrganization || p.kind != kg.KindPerson {
			continue
		}
		sp := span{min(b.media.start, b.reporter.start), max(b.media.end, b.reporter.end)} // 作者：甲 … 乙消息: the writer first
		out = append(out, Proposal{Kind: KindRelationship, Start: sp.start, End: sp.end, Quote: d.quote(sp), Trigger: "记者", Confidence: 0.5,
			Relationship: &RelationshipProposal{Type: "WORKED_AT", From: p.end_(), To: m.end_()}})
	}
	return out
}
