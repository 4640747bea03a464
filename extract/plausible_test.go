package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A fact whose nearest name cannot play the part: a university the start-up's founders
// studied at is not what they founded, an exchange that a company lists on owns nothing.
func TestImplausibleEnds(t *testing.T) {
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "陳詠琪本科於香港理工大學修讀化學，與理大教授何家明共同創辦公司。",
			[]string{"LEADS 陳詠琪 > 香港理工大學", "LEADS 何家明 > 香港理工大學"}},
		{"zh-Hant", "恒昌集團旗下、在港交所上市的恒昌物流昨日宣布收購本地初創「倉易通」。",
			[]string{"SUBSIDIARY_OF 港交所 > 恒昌集團"}},
	})
}

// The parts each kind of body plays, fact by fact.
func TestImplausibleEndsByRole(t *testing.T) {
	es := &entitySet{candidates: map[string]*candidate{
		"e:plan":   {kind: kg.KindProgramme},
		"e:fund":   {kind: kg.KindFund},
		"e:bureau": {kind: kg.KindOrganization},
	}}
	org := func(name string) End { return End{Name: name, EntityKey: "e:" + name} }
	cases := []struct {
		typ      kg.RelType
		from, to End
		role     string
		want     bool
	}{
		{"INVESTED_IN", org("Harbour Ventures"), org("Lingnan University"), "", true}, // the start-up it spun out of raised the round
		{"INVESTED_IN", org("維港投資"), org("創新科技署"), "", true},                          // a bureau raises no round
		{"INVESTED_IN", org("香港科技大學"), org("智匯能源"), "", false},                        // a university takes equity for its patents
		{"INVESTED_IN", org("Harbour Ventures"), org("Tidal Labs"), "", false},
		{"TARGETS_MARKET", org("藥物管理局"), End{Name: "中東", EntityKey: "e:中東"}, "", true}, // 已獲美國食品及藥物管理局許可，明年進軍中東
		{"TARGETS_MARKET", org("星衡醫療"), End{Name: "中東", EntityKey: "e:中東"}, "", false},
		{"FUNDS", End{Name: "智造計劃", EntityKey: "e:plan"}, End{Name: "創新科技署", EntityKey: "e:bureau"}, "", true},
		{"FUNDS", End{Name: "智造計劃", EntityKey: "e:plan"}, org("香港理工大學"), "", false}, // a university's project is funded
		{"FUNDS", End{Name: "創新科技署", EntityKey: "e:bureau"}, End{Name: "Green Fund", EntityKey: "e:fund"}, "", false},
		{"LEADS", org("Grace Yip"), org("Lingnan University"), "Co-founder", true},
		{"LEADS", org("Grace Yip"), org("Lingnan University"), "President", false},
		{"LEADS", org("Grace Yip"), org("Tidal Labs"), "Founder", false},
		{"SUBSIDIARY_OF", org("Hong Kong Stock Exchange"), org("Kerry Group"), "", true},
		{"SUBSIDIARY_OF", org("Kerry Logistics"), org("Kerry Group"), "", false},
	}
	for _, c := range cases {
		r := &RelationshipProposal{Type: c.typ, From: c.from, To: c.to, Role: c.role}
		if got := implausibleEnds(es, r); got != c.want {
			t.Errorf("%s %s > %s (%s): implausible %v, want %v", c.typ, c.from.Name, c.to.Name, c.role, got, c.want)
		}
	}
}

// Hosts named in a relative clause (由甲与乙联合主办的丙) organise 丙; the sentence states no
// partnership of theirs. Hosts who are the sentence's subject are partners.
func TestBackgroundedCoHosts(t *testing.T) {
	known := []Known{{ID: "cyberport", Kind: kg.KindOrganization, Names: []string{"数码港", "Cyberport"}}}
	text := "去年，星图科技入选由数码港与星河科技园公司联合主办的“港深创科先锋榜”。"
	checkRelCases(t, []relCase{{"zh-Hans", text, []string{"ORGANIZED 数码港 > 港深创科先锋榜", "ORGANIZED 星河科技园公司 > 港深创科先锋榜"}}}, known)
	if got := rels(Extract(Input{Text: text, Language: "zh-Hans", Known: known})); got["PARTNERED_WITH 数码港 > 星河科技园公司"] != nil {
		t.Errorf("%s: hosts in a relative clause proposed as partners", text)
	}
	checkRelCases(t, []relCase{{"zh-Hant", "星河支付與海瀾銀行昨日合辦「亞洲支付峰會」。", []string{"PARTNERED_WITH 星河支付 > 海瀾銀行"}}}, nil)
}

// A company that is "a member of" a group of companies is the group's subsidiary.
func TestGroupMembership(t *testing.T) {
	text := "Harbour Port Holdings Limited is listed in Hong Kong and is a member of the Meridian Harbour Group."
	checkRelCases(t, []relCase{{"en", text, []string{"SUBSIDIARY_OF Harbour Port Holdings Limited > Meridian Harbour Group"}}}, nil)
	checkRelAbsent(t, []relCase{{"en", text, []string{"MEMBER_OF Harbour Port Holdings Limited > Meridian Harbour Group"}}})
	checkRelCases(t, []relCase{{"en", "Tidal Labs is a member of the Hong Kong Fintech Association.", []string{"MEMBER_OF Tidal Labs > Hong Kong Fintech Association"}}}, nil)
}

// A relative clause whose cue holds its object (在港交所上市的乙) describes the head after 的.
func TestRelativeClauseWithInnerObject(t *testing.T) {
	for _, text := range []string{"恒昌集團旗下、在港交所上市的恒昌物流昨日宣布收購本地初創「倉易通」。", "在港交所上市的恒昌物流昨日宣布收購本地初創「倉易通」。"} {
		checkRelCases(t, []relCase{{"zh-Hant", text, []string{"LISTED_ON 恒昌物流 > 港交所"}}}, nil)
		checkRelAbsent(t, []relCase{{"zh-Hant", text, []string{"LISTED_ON 恒昌集團 > 港交所"}}})
	}
}

// Grounds named after the body in them are its own, no location the text states.
func TestOwnGrounds(t *testing.T) {
	cases := []struct {
		body, place string
		want        bool
	}{
		{"Harbourfront Labs", "Harbourfront Labs campus", true},
		{"海瀾科技園", "海瀾科技園園區", true},
		{"Hong Kong Science Park", "Hong Kong", false},
		{"Harbourfront Labs", "Kowloon Bay", false},
		{"港", "港島", false}, // one rune is no name to own grounds by
	}
	for _, c := range cases {
		if got := ownGrounds(c.body, c.place); got != c.want {
			t.Errorf("ownGrounds(%q, %q) = %v, want %v", c.body, c.place, got, c.want)
		}
	}
}

// A body in a programme named after it runs the programme; a start-up in it takes part.
func TestOwnProgrammesAreRun(t *testing.T) {
	ps := []Proposal{
		{Relationship: &RelationshipProposal{Type: "PARTICIPATED_IN", From: End{Name: "Harbourfront Labs"}, To: End{Name: "Harbourfront Labs Accelerator"}}},
		{Relationship: &RelationshipProposal{Type: "PARTICIPATED_IN", From: End{Name: "海瀾科技園"}, To: End{Name: "海瀾科技園培育計劃"}}},
		{Relationship: &RelationshipProposal{Type: "PARTICIPATED_IN", From: End{Name: "Tidal Robotics"}, To: End{Name: "Harbourfront Labs Accelerator"}}},
	}
	ownProgrammesAreRun(ps)
	for i, want := range []kg.RelType{"OPERATES", "OPERATES", "PARTICIPATED_IN"} {
		if got := ps[i].Relationship.Type; got != want {
			t.Errorf("%s > %s: %s, want %s", ps[i].Relationship.From.Name, ps[i].Relationship.To.Name, got, want)
		}
	}
}

// A regulator's approval after 获 in a sentence about money is no investment; an investor's
// money after 获 still is.
func TestApprovalNotInvestment(t *testing.T) {
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "星圖資本推出的新基金首期募得3億美元，並已獲證監會認可，可向零售投資者銷售。", []string{"INVESTED_IN 證監會 > 星圖資本"}},
		{"zh-Hans", "云杉科技完成2亿元融资，并获金管局批准发行数字债券。", []string{"INVESTED_IN 金管局 > 云杉科技"}},
	})
	checkRelCases(t, []relCase{
		{"zh-Hans", "云杉科技完成2亿元A轮融资，获远景资本投资。", []string{"INVESTED_IN 远景资本 > 云杉科技"}},
	}, nil)
}
