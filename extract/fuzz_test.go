package extract

import (
	"strings"
	"testing"
)

// FuzzExtract holds the citation invariants for any input: every span slices the text (as
// code points, invalid UTF-8 bytes counting one each) to its quote and is at most 300 long.
func FuzzExtract(f *testing.F) {
	f.Add("深圳奇点科技有限公司宣布完成1亿元A轮融资。本轮融资由红杉资本领投，高瓴创投、明势资本跟投。", "zh-Hans", "2024-11-05")
	f.Add("本地初創「匯立通」昨日宣布完成8,000萬港元A輪融資，由維港投資領投。", "zh-Hant", "2024-10")
	f.Add("Acme Labs raised US$5 million led by Foo Capital, with participation from Bar Partners and Baz Ventures.", "en", "2024")
	f.Add("", "en", "")
	f.Add("The programme opened in May. Its scheme pays. These funds invest.", "en", "2025-01-02") // determiners alone before a kind word
	f.Add("\xff\xfe公司\x80由領投。", "zh-Hant", "not a date")
	f.Add(strings.Repeat("港投公司与思谋科技签署战略合作协议", 30), "zh-Hans", "2024-13-45")
	f.Fuzz(func(t *testing.T, text, lang, published string) {
		if len(text) > 20000 {
			return
		}
		ps := Extract(Input{Text: text, Language: lang, Published: published})
		r := []rune(text)
		for _, p := range ps {
			if p.Start < 0 || p.End > len(r) || p.Start >= p.End || p.End-p.Start > maxSpan {
				t.Fatalf("bad span [%d,%d) of %d", p.Start, p.End, len(r))
			}
			if string(r[p.Start:p.End]) != p.Quote {
				t.Fatalf("quote %q != text[%d:%d]", p.Quote, p.Start, p.End)
			}
			if !(p.Confidence > 0 && p.Confidence <= 1) {
				t.Fatalf("confidence %v", p.Confidence)
			}
		}
	})
}
