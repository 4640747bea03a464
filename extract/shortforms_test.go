package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// TestShortFormsOfNewNames: a new entity named in full and then by a short form is one entity
// (the short form is its alias and no entity of its own); a short form two names share, or one
// made of generic words, names neither.
func TestShortFormsOfNewNames(t *testing.T) {
	cases := []struct {
		lang, text, full, short string
		linked                  bool
	}{
		// The leading word of an English name.
		{"en", "The plant is run by Corvane Mobility, a Shenzhen firm. Sam Ho, who chairs Corvane, said it would expand.", "Corvane Mobility", "Corvane", true},
		{"en", "Anna Lee spent six years at Kestrel Marine Engineering. She joined from Kestrel in 2021 and now heads Orbitas.", "Kestrel Marine Engineering", "Kestrel", true},
		{"en", "Corvane Mobility bought Lantera Vision Systems last year. Lantera's founder, Amy Wu, now runs research at Corvane Mobility.", "Lantera Vision Systems", "Lantera", true},
		{"en", "Quorvis Health Partners opened a lab in Shatin. Quorvis said it would hire 40 staff.", "Quorvis Health Partners", "Quorvis", true},
		// The head of a Chinese company name: without its kind word, without its place, or both.
		{"zh-Hant", "上市公司德匯集團宣布收購初創公司「智達」。完成後,智達創辦人將加入德匯董事會。", "德匯集團", "德匯", true},
		{"zh-Hans", "深圳前海微众银行与数码港签署合作协议。微众银行表示,双方将合作开发跨境支付。", "深圳前海微众银行", "微众银行", true},
		{"zh-Hans", "瀚星科技今年完成A轮融资。投资者看好瀚星的团队。", "瀚星科技", "瀚星", true},
		{"zh-Hans", "宁德时代新能源科技股份有限公司宣布在匈牙利建厂。宁德时代表示,工厂明年投产。", "宁德时代新能源科技股份有限公司", "宁德时代", true},
		{"zh-Hans", "深圳前海微众银行与数码港签署合作协议。微众表示,双方将合作开发跨境支付。", "深圳前海微众银行", "微众", true},
		// A Chinese name, its English name in brackets, and the English name's short form.
		{"zh-Hans", "香港初创企业星衡机器人(StarBalance Robotics)宣布完成融资。StarBalance表示,资金将用于研发。", "星衡机器人", "StarBalance", true},
		{"zh-Hant", "本地初創「匯信雲」(TrustCloud Technologies)獲投資。TrustCloud行政總裁陳大文表示將擴展業務。", "匯信雲", "TrustCloud", true},
		{"en", "Helixia Biotech Limited (希力亞生物) raised US$10 million. Helixia said the money would fund trials.", "Helixia Biotech Limited", "希力亞生物", true},
		// A university's short name after its full name.
		{"zh-Hant", "她畢業於香港浸會大學,其後回到浸大任教。", "香港浸會大學", "浸大", true},
		{"zh-Hans", "他曾在香港城市大学任教,2015年加盟城大,其后创立公司。", "香港城市大学", "城大", true},
		{"en", "He studied at the Hong Kong Polytechnic University and later taught at PolyU for a decade.", "Hong Kong Polytechnic University", "PolyU", true},
		// Two names share the short form: it names neither.
		{"zh-Hans", "华信科技与华信资本签署协议。华信表示,合作将于明年展开。", "华信科技", "华信", false},
		{"zh-Hans", "华信科技与华信资本签署协议。华信表示,合作将于明年展开。", "华信资本", "华信", false},
		{"en", "Tianmu Automation merged with Huaxin Equipment to form Tianmu Intelligent Systems. Tianmu said the deal closed.", "Tianmu Intelligent Systems", "Tianmu", false},
		// A region and a trade are no brand; a kind word alone is no short form.
		{"zh-Hant", "亞太區保險科技初創數目上升。本地保險科技公司亦增加。", "亞太區保險科技", "保險科技", false},
		{"zh-Hant", "她在澳門大學任教。該校與本地大學的合作亦將擴大。", "澳門大學", "大學", false},
		{"zh-Hans", "深圳市科技创新局与数码港签署协议。香港的科技创新局亦有参与。", "深圳市科技创新局", "科技创新局", false},
		{"zh-Hans", "宝丰集团宣布收购计划。集团表示,交易将于年底完成。", "宝丰集团", "集团", false},
	}
	for _, c := range cases {
		ents := Extract(Input{Text: c.text, Language: c.lang})
		var full *EntityProposal
		shortAlone := false
		keys := map[string]bool{}
		for _, p := range ents {
			if p.Kind != KindEntity {
				continue
			}
			keys[p.Entity.Key] = true
			if p.Entity.Name == c.full || p.Entity.NameZhHans == c.full || p.Entity.NameZhHant == c.full {
				full = p.Entity
			} else if p.Entity.Name == c.short {
				shortAlone = true
			}
		}
		if full == nil {
			t.Errorf("%s: no entity %q", c.text, c.full)
			continue
		}
		if got := contains(full.Aliases, c.short); got != c.linked {
			t.Errorf("%s: %q alias of %q = %v, want %v (aliases %v)", c.text, c.short, c.full, got, c.linked, full.Aliases)
		}
		for _, p := range ents {
			if p.Kind == KindRelationship && (p.Relationship.From.EntityKey != "" && !keys[p.Relationship.From.EntityKey] ||
				p.Relationship.To.EntityKey != "" && !keys[p.Relationship.To.EntityKey]) {
				t.Errorf("%s: a relationship's end is no proposed entity: %+v", c.text, *p.Relationship)
			}
		}
		if c.linked && shortAlone {
			t.Errorf("%s: %q proposed as an entity of its own", c.text, c.short)
		}
	}
}

// TestYearEditionStaysNew: an edition of an event named with its year is a new event, not the
// known earlier edition.
func TestYearEditionStaysNew(t *testing.T) {
	known := []Known{{ID: "waic-2024", Kind: kg.KindEvent, Names: []string{"World Artificial Intelligence Conference 2024", "2024世界人工智能大会", "世界人工智能大会", "WAIC 2024", "WAIC"}}}
	for _, c := range []struct{ lang, text, name string }{
		{"zh-Hant", "她上月率團出席在上海舉行的2025世界人工智能大會。", "2025世界人工智能大會"},
		{"zh-Hans", "公司在2025年世界人工智能大会上发布新产品。", "2025年世界人工智能大会"},
		{"en", "The start-up showed its robot at WAIC 2025 in Shanghai last month.", "WAIC 2025"},
	} {
		found := false
		for _, p := range Extract(Input{Text: c.text, Language: c.lang, Known: known}) {
			if p.Kind == KindEntity && (p.Entity.Name == c.name || p.Entity.NameZhHant == c.name || p.Entity.NameZhHans == c.name) {
				found = p.Entity.ExistingID == ""
			}
		}
		if !found {
			t.Errorf("%s: no new event %q", c.text, c.name)
		}
	}
}

func TestKnownEditionStaysKnown(t *testing.T) {
	known := []Known{{ID: "waic-2024", Kind: kg.KindEvent, Names: []string{"WAIC 2024", "WAIC"}}}
	for _, p := range Extract(Input{Text: "The start-up showed its robot at the 2024 WAIC in Shanghai.", Language: "en", Known: known}) {
		if p.Kind == KindEntity && p.Entity.Kind == kg.KindEvent {
			t.Errorf("the known edition proposed as new: %+v", p.Entity)
		}
	}
}
