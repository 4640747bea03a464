package extract

import (
	"reflect"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// No two proposals of one text are equal in every field, even where two readers find the same
// fact in the same span (a place descriptor before a quoted name). Invented texts.
func TestNoDuplicateProposals(t *testing.T) {
	known := []Known{{ID: "hong-kong", Kind: kg.KindPlace, Names: []string{"Hong Kong", "香港"}},
		{ID: "shenzhen", Kind: kg.KindPlace, Names: []string{"Shenzhen", "深圳"}}}
	for _, c := range []struct{ lang, text string }{
		{"zh-Hant", "【本報訊】香港金融科技初創企業「雲帆數據有限公司」今日宣佈完成8000萬港元A輪融資，由維港投資領投。"},
		{"zh-Hans", "深圳人工智能初创企业“星桥智能科技有限公司”今日宣布完成1亿元A轮融资，由红杉中国领投。"},
		{"en", "Hong Kong-based fintech start-up Cloudsail Data Limited said on Monday it had raised US$10 million led by Gobi Partners."},
	} {
		ps := Extract(Input{Text: c.text, Language: c.lang, Published: "2026-03-02", Known: known})
		if len(ps) == 0 {
			t.Fatalf("%s: no proposals", c.text)
		}
		for i := range ps {
			for j := i + 1; j < len(ps); j++ {
				if reflect.DeepEqual(ps[i], ps[j]) {
					t.Errorf("%s: proposal %d repeated: %+v %+v", c.text, i, ps[i], ps[i].Relationship)
				}
			}
		}
	}
}

func TestDropDuplicates(t *testing.T) {
	r := func(to string) *RelationshipProposal {
		return &RelationshipProposal{Type: "LOCATED_IN", From: End{Name: "甲"}, To: End{Name: to}}
	}
	ps := []Proposal{
		{Kind: KindRelationship, Start: 0, End: 9, Relationship: r("香港")},
		{Kind: KindRelationship, Start: 0, End: 9, Relationship: r("深圳")},
		{Kind: KindRelationship, Start: 0, End: 9, Relationship: r("香港")},
		{Kind: KindRelationship, Start: 10, End: 19, Relationship: r("香港")},
	}
	got := dropDuplicates(ps)
	if len(got) != 3 || got[1].Relationship.To.Name != "深圳" || got[2].Start != 10 {
		t.Errorf("dropDuplicates kept %d: %+v", len(got), got)
	}
}
