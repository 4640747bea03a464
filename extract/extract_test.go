package extract

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hkgraph/hkgraph/textnorm"
)

// checkSpans fails unless every proposal's span slices the text to its quote within the cap,
// with a trigger, a confidence in (0, 1] and the payload its kind says.
func checkSpans(t *testing.T, text string, ps []Proposal) {
	t.Helper()
	r := []rune(text)
	for _, p := range ps {
		if p.Start < 0 || p.End > len(r) || p.Start >= p.End || p.End-p.Start > maxSpan {
			t.Fatalf("bad span [%d,%d) of %d for %+v", p.Start, p.End, len(r), p)
		}
		if string(r[p.Start:p.End]) != p.Quote {
			t.Fatalf("quote %q != text[%d:%d] %q", p.Quote, p.Start, p.End, string(r[p.Start:p.End]))
		}
		if !(p.Confidence > 0 && p.Confidence <= 1) || p.Trigger == "" {
			t.Fatalf("confidence %v trigger %q", p.Confidence, p.Trigger)
		}
		if !utf8.ValidString(p.Quote) {
			t.Fatalf("quote not UTF-8: %q", p.Quote)
		}
		switch {
		case p.Kind == KindEntity && p.Entity != nil && p.Entity.Key != "" && p.Entity.Kind.Valid():
		case p.Kind == KindRelationship && p.Relationship != nil && p.Relationship.Type.Valid():
		case p.Kind == KindFigure && p.Figure != nil:
		default:
			t.Fatalf("payload does not match kind: %+v", p)
		}
	}
}

func rels(ps []Proposal) map[string]*RelationshipProposal {
	out := map[string]*RelationshipProposal{}
	for _, p := range ps {
		if p.Kind == KindRelationship {
			r := p.Relationship
			out[string(r.Type)+" "+r.From.Name+" > "+r.To.Name] = r
		}
	}
	return out
}

func TestInvestmentRoundZh(t *testing.T) {
	text := "深圳奇点科技有限公司今年3月宣布完成1亿元A轮融资。本轮融资由红杉资本领投，高瓴创投、明势资本跟投。"
	ps := Extract(Input{Text: text, Language: "zh-Hans", Published: "2024-11-05"})
	checkSpans(t, text, ps)
	got := rels(ps)
	for _, inv := range []string{"红杉资本", "高瓴创投", "明势资本"} {
		r := got["INVESTED_IN "+inv+" > 深圳奇点科技有限公司"]
		if r == nil {
			t.Fatalf("missing INVESTED_IN %s in %v", inv, got)
		}
		// The 1億元 is the round's total, not what each of three investors put in: it stays off
		// the investments and is the investee's funding figure.
		if r.Round != "SERIES_A" || r.Amount != nil || r.Currency != "" || r.AmountHKD != nil {
			t.Errorf("%s: round %q amount %v %q hkd %v", inv, r.Round, r.Amount, r.Currency, r.AmountHKD)
		}
		if r.Date != "2024-03" || r.DateNote == "" {
			t.Errorf("%s: date %q note %q", inv, r.Date, r.DateNote)
		}
		if (r.Lead != nil && *r.Lead) != (inv == "红杉资本") {
			t.Errorf("%s: lead %v", inv, r.Lead)
		}
	}
}

func TestRoundTotalIsTheInvesteesFigure(t *testing.T) {
	text := "深圳奇点科技有限公司今年3月宣布完成1亿元A轮融资。本轮融资由红杉资本领投，高瓴创投、明势资本跟投。"
	ps := Extract(Input{Text: text, Language: "zh-Hans", Published: "2024-11-05"})
	found := false
	for _, p := range ps {
		if p.Kind == KindFigure && p.Figure.Value == 1e8 {
			found = true
			if p.Figure.Subject.Name != "深圳奇点科技有限公司" || p.Figure.Unit != "CNY" {
				t.Errorf("round total: %+v", p.Figure)
			}
		}
	}
	if !found {
		t.Fatal("no figure for the round's total")
	}
	// An investor that opens the sentence does not take the round's total.
	text = "Peak Capital led a US$15 million round in Hong Kong proptech firm Homie, joined by existing investor Vectr Ventures."
	for _, p := range Extract(Input{Text: text, Language: "en", Published: "2024-11-05"}) {
		if p.Kind == KindFigure && p.Figure.Value == 15e6 && p.Figure.Subject.Name != "Homie" {
			t.Errorf("round total given to %q", p.Figure.Subject.Name)
		}
		if p.Kind == KindRelationship && p.Relationship.Type == "INVESTED_IN" && p.Relationship.Amount != nil {
			t.Errorf("%s: the round's total on one of two investors", p.Relationship.From.Name)
		}
	}
}

func TestTraditionalHKDollarsAndKnownEntity(t *testing.T) {
	text := "本地初創「匯立通」昨日宣布完成8,000萬港元A輪融資，由維港投資領投。公司於2021年加入數碼港培育計劃。"
	known := []Known{{ID: "cyberport-incubation-programme", Kind: "PROGRAMME", Names: []string{"数码港培育计划", "Cyberport Incubation Programme"}}}
	ps := Extract(Input{Text: text, Language: "zh-Hant", Published: "2024-10-08", Known: known})
	checkSpans(t, text, ps)
	got := rels(ps)
	r := got["INVESTED_IN 維港投資 > 匯立通"]
	if r == nil || r.AmountHKD == nil || *r.AmountHKD != 8e7 || r.Currency != "HKD" || r.Date != "2024-10-07" {
		t.Fatalf("INVESTED_IN: %+v in %v", r, got)
	}
	p := got["PARTICIPATED_IN 匯立通 > 數碼港培育計劃"]
	if p == nil || p.To.EntityID != "cyberport-incubation-programme" || p.Date != "2021" {
		t.Fatalf("PARTICIPATED_IN: %+v in %v", p, got)
	}
	for _, x := range ps {
		if x.Kind == KindEntity && textnorm.Fold(x.Entity.Name) == textnorm.Fold("數碼港培育計劃") {
			t.Errorf("a known entity was proposed as new: %+v", x.Entity)
		}
	}
}

func TestEnglishListsPlannedAndAcronym(t *testing.T) {
	text := "Finloop Technologies Ltd has raised US$15 million in a Series A round led by Vertex Ventures, with participation from Alpha Capital and Beta Partners. " +
		"The Hong Kong Applied Science and Technology Research Institute (ASTRI) will set up a lab in Shenzhen."
	ps := Extract(Input{Text: text, Language: "en", Published: "2024-11-20"})
	checkSpans(t, text, ps)
	got := rels(ps)
	for _, inv := range []string{"Vertex Ventures", "Alpha Capital", "Beta Partners"} {
		if got["INVESTED_IN "+inv+" > Finloop Technologies Ltd"] == nil {
			t.Errorf("missing %s in %v", inv, got)
		}
	}
	key := ""
	for _, p := range ps {
		if p.Kind == KindEntity && p.Entity.Name == "Hong Kong Applied Science and Technology Research Institute" {
			key = p.Entity.Key
		}
	}
	// The acronym in brackets names the institute: the fact stated with it is the institute's
	// (the end may be written with either name).
	r := got["LOCATED_IN ASTRI > Shenzhen"]
	if r == nil {
		r = got["LOCATED_IN Hong Kong Applied Science and Technology Research Institute > Shenzhen"]
	}
	if key == "" || r == nil || r.From.EntityKey != key || r.Status != "PLANNED" {
		t.Errorf("planned LOCATED_IN of the institute (%q): %+v in %v", key, r, got)
	}
}

func TestLeadershipAndEducation(t *testing.T) {
	text := "星际动力成立于2021年，总部位于深圳，创始人兼首席执行官王浩然毕业于清华大学。"
	ps := Extract(Input{Text: text, Language: "zh-Hans", Published: "2024-09-12"})
	checkSpans(t, text, ps)
	got := rels(ps)
	if r := got["LEADS 王浩然 > 星际动力"]; r == nil || r.Role == "" {
		t.Errorf("LEADS: %+v in %v", r, got)
	}
	if got["EDUCATED_AT 王浩然 > 清华大学"] == nil {
		t.Errorf("EDUCATED_AT missing in %v", got)
	}
}

func TestDeterministicAndEmpty(t *testing.T) {
	if ps := Extract(Input{Text: "", Language: "en"}); len(ps) != 0 {
		t.Fatalf("empty text gave %v", ps)
	}
	text := "港投公司与思谋科技签署战略合作协议，并投资了百图生科、银河通用机器人。"
	a := Extract(Input{Text: text, Language: "zh-Hans", Published: "2024-11"})
	for i := 0; i < 5; i++ {
		if b := Extract(Input{Text: text, Language: "zh-Hans", Published: "2024-11"}); !reflect.DeepEqual(a, b) {
			t.Fatalf("run %d differs", i)
		}
	}
	for i := 1; i < len(a); i++ {
		if a[i].Start < a[i-1].Start {
			t.Fatalf("not in document order: %v", a)
		}
	}
}

func TestSpanCapOnLongSentence(t *testing.T) {
	text := strings.Repeat("在人工智能领域持续布局", 40) + "，港投公司与思谋科技签署战略合作协议。"
	ps := Extract(Input{Text: text, Language: "zh-Hans"})
	checkSpans(t, text, ps)
	if len(rels(ps)) == 0 {
		t.Fatalf("no relationship in a long sentence")
	}
}

// TestEveryCueFires checks each cue of cues/relations.tsv is found where a text says it, in
// Traditional as well as Simplified Chinese.
func TestEveryCueFires(t *testing.T) {
	for _, c := range relCues {
		texts := []string{"甲" + c.cue + "乙。"}
		lang := "zh-Hans"
		if c.lang == "en" {
			first, rest, gap := strings.Cut(c.cue, " * ")
			cue := first
			if gap {
				cue = first + " in 2020 " + rest
			}
			texts, lang = []string{"Alpha Ltd " + cue + " Beta Ltd."}, "en"
			if c.flags["appos"] {
				texts = []string{"Alpha Ltd, " + first + " chemist " + rest + " Beta Ltd."} // an apposition
			} else if c.flags["np"] {
				texts = []string{"Alpha Ltd " + first + " chemist " + rest + " Beta Ltd."} // a noun phrase in the gap
			} else if c.flags["end"] {
				texts = []string{"Alpha Ltd " + cue + "."} // a verb that closes its clause
			}
		} else {
			texts = append(texts, "甲"+textnorm.ToTraditional(c.cue)+"乙。")
		}
		for _, text := range texts {
			d := newDoc(Input{Text: text, Language: lang})
			found := false
			pos := 1 // after 甲
			if lang == "en" {
				pos = len("Alpha Ltd ")
				if c.flags["appos"] {
					pos++
				}
			}
			for _, h := range findCues(d, d.sents[0]) {
				found = found || h.start == pos
			}
			if !found {
				t.Errorf("cue %q (%s) does not fire in %q", c.cue, c.typ, text)
			}
		}
	}
}

func TestRelativeDates(t *testing.T) {
	pub := parsePublished("2024-06-05") // a Wednesday
	cases := map[string]string{"上月": "2024-05", "前日": "2024-06-03", "去年": "2023", "今年3月": "2024-03",
		"9月": "2023-09", "last month": "2024-05", "in March": "2024-03", "on Tuesday": "2024-06-04", "周三": "2024-06-05"}
	for text, want := range cases {
		d := newDoc(Input{Text: text + "。", Language: "zh-Hans"})
		ds := findDates(d, d.sents[0], pub, nil)
		if len(ds) == 0 || ds[0].iso != want {
			t.Errorf("%s: got %+v, want %s", text, ds, want)
		}
	}
}

func TestIndexGivesTheSameResult(t *testing.T) {
	known := []Known{{ID: "hkic", Kind: "ORGANIZATION", Names: []string{"Hong Kong Investment Corporation Limited", "港投公司", "HKIC"}},
		{ID: "biomap", Kind: "ORGANIZATION", Names: []string{"BioMap", "百图生科"}}}
	text := "同月，港投公司投資初創企業百圖生科。Hong Kong Investment Corporation said it led the round."
	a := Extract(Input{Text: text, Language: "zh-Hant", Published: "2024-06", Known: known})
	b := Extract(Input{Text: text, Language: "zh-Hant", Published: "2024-06", Index: NewIndex(known)})
	if !reflect.DeepEqual(a, b) {
		t.Fatalf("Index and Known differ:\n%+v\n%+v", a, b)
	}
	r := rels(a)["INVESTED_IN 港投公司 > 百圖生科"]
	if r == nil || r.From.EntityID != "hkic" || r.To.EntityID != "biomap" {
		t.Fatalf("known ends not resolved: %+v", rels(a))
	}
}
