package extract

import "testing"

// Names end where a joint verb joins the next party and start after a verb that brings one in
// or takes one as its object.
func TestChineseNameBounds(t *testing.T) {
	cases := []struct{ text, want, not string }{
		{"十方创投联合晨曦资本领投云舟科技的A轮融资。", "晨曦资本", "十方创投联合晨曦资本"},
		{"甲乙科技携手丙丁集团推出新平台。", "丙丁集团", "甲乙科技携手丙丁集团"},
		{"公司在本轮融资中引入青松资本作为新股东。", "青松资本", "中引入青松资本"},
		{"该公司早前引进北辰创投作为战略股东。", "北辰创投", "早前引进北辰创投"},
		{"市场普遍看好星澜科技的前景。", "星澜科技", "普遍看好星澜科技"},
		{"该基金选择云杉科技作为首个投资对象。", "云杉科技", "基金选择云杉科技"},
		{"公司委托远山证券担任独家保荐人。", "远山证券", "委托远山证券"},
		{"去年公司伙同晨曦资本成立合资公司。", "晨曦资本", "伙同晨曦资本"},
	}
	for _, c := range cases {
		names := map[string]bool{}
		for _, m := range findCandidates(newDoc(Input{Text: c.text, Language: "zh-Hans"})) {
			names[m.name] = true
		}
		if !names[c.want] || names[c.not] {
			t.Errorf("%s: got %v, want %q and not %q", c.text, names, c.want, c.not)
		}
	}
}

// 企業 is a word of a bureau's name, as of a programme's: the walk left passes over it.
func TestEnterpriseBureauNames(t *testing.T) {
	cases := []struct{ lang, text, want string }{
		{"zh-Hant", "基金會計劃與新加坡的企業發展局合作。", "企業發展局"},
		{"zh-Hans", "公司已向中小企业署提交申请。", "中小企业署"},
	}
	for _, c := range cases {
		found := false
		for _, m := range findCandidates(newDoc(Input{Text: c.text, Language: c.lang})) {
			found = found || m.name == c.want
		}
		if !found {
			t.Errorf("%s: %q not found", c.text, c.want)
		}
	}
}

// A descriptor after a demonstrative points back: what follows it is no name; a verb of place
// before 于 and an adverb of time end a name read after a descriptor.
func TestDescriptorBounds(t *testing.T) {
	cases := []struct{ lang, text, not, want string }{
		{"zh-Hans", "该公司办公室设于科学园。", "办公室设", ""},
		{"zh-Hant", "這家企業研發團隊位於沙田。", "研發團隊", ""},
		{"zh-Hans", "日本公司星野电子宣布进军香港。", "", "星野电子"},
		{"zh-Hans", "初创公司云岫智能设于前海。", "云岫智能设", "云岫智能"},
		{"zh-Hant", "初創企業雲杉數據曾獲紅杉中國投資。", "雲杉數據曾", "雲杉數據"},
		{"zh-Hans", "科技公司星岚电子仍在招聘工程师。", "星岚电子仍", "星岚电子"},
	}
	for _, c := range cases {
		names := map[string]bool{}
		for _, m := range descriptorNames(newDoc(Input{Text: c.text, Language: c.lang})) {
			names[m.name] = true
		}
		if c.not != "" && names[c.not] || c.want != "" && !names[c.want] {
			t.Errorf("%s: got %v, want %q and not %q", c.text, names, c.want, c.not)
		}
	}
}

// A suffix word repeated after a name is the verb (甲投资投资乙), and a clause of time after a
// cue's object (投资乙后，) is no part of the object's name.
func TestRepeatedSuffixAndClauseTime(t *testing.T) {
	cases := []struct{ text, want string }{
		{"远山投资投资星岚电子后，估值大增。", "INVESTED_IN 远山投资 > 星岚电子"},
		{"北辰资本入股云岫智能之后，双方展开合作。", "INVESTED_IN 北辰资本 > 云岫智能"},
	}
	for _, c := range cases {
		checkFacts(t, [][3]string{{"zh-Hans", c.text, c.want}}, nil)
	}
	for _, text := range []string{"远山投资投资星岚电子后，估值大增。"} {
		for _, m := range findCandidates(newDoc(Input{Text: text, Language: "zh-Hans"})) {
			if m.name == "远山投资投资" || m.name == "星岚电子后" || m.name == "投资星岚电子后" {
				t.Errorf("%s: %q proposed", text, m.name)
			}
		}
	}
}

// A connective that opens a clause (隨後, 然後) or the 底 of 去年底 stands before the subject's
// name, never in it.
func TestSubjectOpeners(t *testing.T) {
	cases := []struct{ text, want, not string }{
		{"隨後雲岫智能宣布進軍中東市場。", "雲岫智能", "隨後雲岫智能"},
		{"去年底星嵐電子完成B輪融資。", "星嵐電子", "底星嵐電子"},
		{"隨後藍岫智造宣布完成融資。", "藍岫智造", "隨後藍岫智造"},
	}
	for _, c := range cases {
		names := map[string]bool{}
		for _, p := range Extract(Input{Text: c.text, Language: "zh-Hant"}) {
			if p.Kind == KindEntity {
				names[p.Entity.NameZhHant] = true
				names[p.Entity.NameZhHans] = true
			}
		}
		if !names[c.want] || names[c.not] {
			t.Errorf("%s: got %v, want %q and not %q", c.text, names, c.want, c.not)
		}
	}
}

// The source of a report (消息指出, 外界預期) is no name; the subject after it is.
func TestReportSources(t *testing.T) {
	for _, text := range []string{"消息指出星嵐電子計劃明年上市。", "外界預期雲岫智能將於年內上市。"} {
		for _, p := range Extract(Input{Text: text, Language: "zh-Hant"}) {
			if p.Kind == KindEntity && (p.Entity.NameZhHant == "消息" || p.Entity.NameZhHant == "外界") {
				t.Errorf("%s: %q proposed", text, p.Entity.NameZhHant)
			}
		}
	}
}
