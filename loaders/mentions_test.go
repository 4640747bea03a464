package loaders

import (
	"slices"
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

func names(ms []kg.Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.EntityID+":"+m.Quote)
	}
	return out
}

func entity(id string, aliases ...string) *kg.Entity {
	return &kg.Entity{ID: id, Name: id, Aliases: aliases}
}

// A name inside a longer name is not a mention unless it stands apart in it; a name after a
// word that makes it generic is not a mention either.
func TestMatcherLongerNamesAndGenericPhrases(t *testing.T) {
	m := NewMatcher([]*kg.Entity{
		entity("silicon-valley", "硅谷"), entity("ustc-sv", "合肥科大硅谷"), entity("centre", "超算中心"),
		entity("cr", "华润"), entity("joint", "华润—数码港联合加速器计划"), entity("fund", "“未来基金”"),
		entity("funds", "“未来基金”下设立的基金"), entity("hk", "香港"), entity("cyberport", "香港数码港"),
	})
	cases := []struct {
		text string
		want []string
	}{
		{"与合肥科大硅谷合作", []string{"ustc-sv:合肥科大硅谷"}},
		{"成为硅谷", []string{"silicon-valley:硅谷"}},
		{"与其他区域性超算中心比较", nil},
		{"其他超算中心", nil},
		{"各超算中心", nil},
		{"大型超算中心", nil},
		{"香港数码港的超算中心规模", []string{"cyberport:香港数码港", "centre:超算中心"}},
		{"运用超算中心的算力", []string{"centre:超算中心"}},
		{"包括华润—数码港联合加速器计划", []string{"joint:华润—数码港联合加速器计划", "cr:华润"}},
		{"政府“未来基金”下设立的基金", []string{"funds:“未来基金”下设立的基金", "fund:“未来基金”"}},
		{"香港数码港", []string{"cyberport:香港数码港"}},
	}
	for _, c := range cases {
		if got := names(m.Find("doc:t", c.text)); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.text, got, c.want)
		}
	}
}

// In the seed article: 超算中心 at 3839 and 4185 (其他区域性超算中心) and 硅谷 at 1363 (合肥科大硅谷)
// are not mentions; 超算中心 at 3827 (香港数码港的超算中心) is.
func TestSeedMentionsOfTheArticle(t *testing.T) {
	ds, err := SeedDataset()
	if err != nil {
		t.Fatal(err)
	}
	c, err := ds.Compile(SeedPath, Known{})
	if err != nil {
		t.Fatal(err)
	}
	at := map[int]string{}
	for _, m := range NewMatcher(c.Entities).Find(c.Documents[0].ID, c.Documents[0].Text) {
		if m.EntityID == "ai-supercomputing-centre" || m.EntityID == "silicon-valley" {
			at[m.Start] = m.EntityID
		}
	}
	for _, start := range []int{3839, 4185, 1363} {
		if id, ok := at[start]; ok {
			t.Errorf("%s mentioned at %d", id, start)
		}
	}
	if at[3827] != "ai-supercomputing-centre" {
		t.Error("the centre is not mentioned at 3827 (香港数码港的超算中心)")
	}
}
