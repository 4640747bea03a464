package extract

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestAttachment runs testdata/attachments.json: texts of our own, each showing one rule that
// chooses the right end of a relationship ("why" says which), with the facts that must be
// proposed (a want entry lists alternatives with " | ") and those that must not be.
func TestAttachment(t *testing.T) {
	b, err := os.ReadFile("testdata/attachments.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name, Why, Lang, Text string
		Want, Not             []string
	}
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			if len(c.Want)+len(c.Not) == 0 {
				t.Fatal("a case asserts nothing")
			}
			ps := Extract(Input{Text: c.Text, Language: c.Lang, Published: "2025-06-01"})
			checkSpans(t, c.Text, ps)
			got := rels(ps)
			for _, w := range c.Want {
				found := false
				for _, alt := range strings.Split(w, " | ") {
					found = found || got[alt] != nil
				}
				if !found {
					t.Errorf("missing %s in %v (%s)", w, keys(got), c.Why)
				}
			}
			for _, n := range c.Not {
				if got[n] != nil {
					t.Errorf("wrong end: %s (%s)", n, c.Why)
				}
			}
		})
	}
}

// A cue whose object stands before it (甲全資擁有) closing a clause with 的 describes the head
// after 的, not the sentence's subject.
func TestLeftObjectRelativeHeadZh(t *testing.T) {
	text := "星河科技昨日公告，向海瀾集團全資擁有的投資平台Harbour Peak發行可換股債券。"
	checkRelCases(t, []relCase{{"zh-Hant", text, []string{"SUBSIDIARY_OF Harbour Peak > 海瀾集團"}}}, nil)
	checkRelAbsent(t, []relCase{{"zh-Hant", text, []string{"SUBSIDIARY_OF 星河科技 > 海瀾集團"}}})
	checkRelCases(t, []relCase{{"zh-Hans", "云图数据由海澜集团全资拥有。", []string{"SUBSIDIARY_OF 云图数据 > 海澜集团"}}}, nil)
}
