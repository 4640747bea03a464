package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// Straight double quotes in Chinese text quote names as “” do; proposals quote the text as written.
func TestStraightQuotesZh(t *testing.T) {
	cases := map[string]map[string]kg.Kind{
		`去年，星澜科技被广东省工业和信息化厅认定为"广东省专精特新中小企业"。`: {"广东省专精特新中小企业": kg.KindPolicy},
		`专注储能的初创企业"澜光能源"宣布完成融资，由远山资本领投。`:      {"澜光能源": kg.KindOrganization},
	}
	for text, want := range cases {
		checkEntities(t, "zh-Hans", text, want, nil)
		checkSpans(t, text, Extract(Input{Text: text, Language: "zh-Hans"}))
	}
	// An odd count on a line pairs nothing.
	d := newDoc(Input{Text: "他说\"好\n\"星澜\"与\"光启\"", Language: "zh-Hans"})
	if got := string(d.runes); got != "他说\"好\n“星澜”与“光启”" {
		t.Errorf("curlQuotes: %q", got)
	}
	if d.quote(span{0, len(d.runes)}) != "他说\"好\n\"星澜\"与\"光启\"" {
		t.Errorf("quote changed the text")
	}
}
