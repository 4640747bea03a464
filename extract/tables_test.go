package extract

import (
	"strings"
	"testing"
)

// The per-text tables answer what the scans they replaced answered, for every pair of
// positions of texts with the shapes they care about: bullet lists after colons, blank lines,
// counts, report verbs and quotes.
var tableTexts = []struct{ lang, text string }{
	{"zh-Hant", "投資組合包括：\n・匯立通\n\n ・數碼港，另有：甲乙\n丙丁；戊己: \n- 庚辛\n\n\n時間10:30，\r\n甲"},
	{"zh-Hans", "共31间初创获纳入计划，当中包括甲、乙及丙。逾百家企业入选；新一批初创加入计划，其中有丁"},
	{"zh-Hant", "汇钱通创始人苏敏仪透露，公司计划进军东盟。林曉晴說：「我們會進入越南市場」，說，，公司"},
	{"en", "Yip, who worked at Acme, said the company would expand. \"We will grow,\" said Foo's chief. He said that it will"},
}

func oldCrossesClause(d *doc, a, b int) bool {
	for i := a; i < b && i < len(d.runes); i++ {
		r := d.runes
		switch r[i] {
		case '\n', '\r':
			j := i - 1
			for j >= 0 && isSpace(r[j]) {
				j--
			}
			if !(j >= 0 && (r[j] == ':' || r[j] == '：') && bulletFollows(r, i)) {
				return true
			}
			continue
		case '：', ':':
			j := i + 1
			for j < len(r) && r[j] == ' ' {
				j++
			}
			if j < len(r) && (r[j] == '\n' || r[j] == '\r') && bulletFollows(r, j) {
				continue
			}
		}
		switch r[i] {
		case '，', '；', ',', ';', '：':
			return true
		}
	}
	return false
}

func oldCountedGroupInClause(d *doc, s span, at int) bool {
	f := d.folded
	for i := at - 1; i > s.start; i-- {
		if isClauseBreak(f[i]) || f[i] == '。' {
			return false
		}
		if strings.ContainsRune("间家个名位批所", f[i]) && (isDigit(f[i-1]) || strings.ContainsRune("一二三四五六七八九十百千多逾", f[i-1])) {
			return true
		}
	}
	return false
}

// oldReportVerb is the scan speakerCompany ran before its table.
func oldReportVerb(d *doc, s span, at int) (int, bool) {
	f := d.folded
	verbs, pros := zhReportVerbs, zhCompanyPronouns
	if d.lang == "en" {
		verbs, pros = enReportVerbs, enCompanyPronouns
	}
	for i := s.start; i < at; i++ {
		for _, v := range verbs {
			if !hasPrefixAt(f, i, v) || d.lang == "en" && i > 0 && isLatinLetter(f[i-1]) {
				continue
			}
			j := i + len([]rune(v))
			for j < at && strings.ContainsRune("，,：: ", f[j]) {
				j++
			}
			if j < at && strings.ContainsRune("「“\"", f[j]) {
				return i, false
			}
			if d.lang == "en" && hasPrefixAt(f, j, "that ") {
				j += len("that ")
			}
			for _, p := range pros {
				if hasPrefixAt(f, j, p) {
					return i, p != "it "
				}
			}
			break
		}
	}
	return -1, false
}

func TestTablesAnswerAsScans(t *testing.T) {
	for _, c := range tableTexts {
		d := newDoc(Input{Text: c.text, Language: c.lang})
		n := len(d.runes)
		for a := 0; a <= n; a++ {
			for b := a; b <= n; b++ {
				if got, want := crossesClause(d, a, b), oldCrossesClause(d, a, b) && c.lang != "en"; got != want {
					t.Errorf("%q crossesClause(%d, %d) = %v, want %v", c.text, a, b, got, want)
				}
			}
		}
		for _, s := range d.sents {
			for at := s.start; at <= s.end; at++ {
				if got, want := countedGroupInClause(d, s, at), oldCountedGroupInClause(d, s, at); got != want {
					t.Errorf("%q countedGroupInClause(%v, %d) = %v, want %v", c.text, s, at, got, want)
				}
				gi, gn := reportVerbs(d, s).before(d, at)
				wi, wn := oldReportVerb(d, s, at)
				if gi != wi || gn != wn {
					t.Errorf("%q report verb before %d in %v = %d %v, want %d %v", c.text, at, s, gi, gn, wi, wn)
				}
			}
		}
	}
}
