package extract

import "testing"

// General mechanisms for relationship recall on unseen styles (announcements,
// prospectuses, transcripts). Invented sentences; each case fails without its mechanism.
func TestWeakTypeCues(t *testing.T) {
	cases := []struct {
		lang      string
		text      string
		want, not []string
	}{
		// Defined terms of an announcement: (the "Company") names the company wherever it stands.
		{"en", `The board of Voltanix Holdings Limited (the "Company") announces that Alpha Grid Limited, a wholly-owned subsidiary of the Company, has opened a plant.`,
			[]string{"SUBSIDIARY_OF Alpha Grid Limited > the Company"}, nil},
		{"en", `Orchid Ventures Limited (the “Group”) said Nimbus Robotics is a subsidiary of the Group.`,
			[]string{"SUBSIDIARY_OF Nimbus Robotics > the Group"}, nil},
		// A prospectus defines "we": the company, in every sentence.
		{"en", `Kelpie Logistics Holdings Limited (the "Company", and together with its subsidiaries, "we" or "us") is a leading provider of logistics software. JD Logistics is our largest customer. In 2023, we invested in 3 start-ups, including Nimbus Robotics and Orbit Labs.`,
			[]string{"INVESTED_IN Kelpie Logistics Holdings Limited > Nimbus Robotics", "INVESTED_IN Kelpie Logistics Holdings Limited > Orbit Labs"}, nil},
		// A bracket that is no defined term gives no alias.
		{"en", `Orchid Ventures Limited (the leading fund in the region) said Nimbus Robotics is a subsidiary of the Group.`,
			nil, []string{"SUBSIDIARY_OF Nimbus Robotics > the Group"}},
		// Other forms of a cue's opening verb.
		{"en", "Kelpie Robotics exhibits at the Hong Kong Electronics Fair every year.",
			[]string{"ATTENDED Kelpie Robotics > Hong Kong Electronics Fair"}, nil},
		{"en", "Orbit Labs is attending the Asian Financial Forum in January.",
			[]string{"ATTENDED Orbit Labs > Asian Financial Forum"}, nil},
		{"en", "Nova Robotics entered the Japanese market last year.",
			[]string{"TARGETS_MARKET Nova Robotics > Japanese"}, nil},
		// An event by its name: an event noun ends it, or a year after a name with no company word.
		{"en", "Nova Robotics exhibited at InnoEX 2025 last week.", []string{"ATTENDED Nova Robotics > InnoEX 2025"}, nil},
		{"en", "Sarah Chan spoke at the Global Fintech Congress.", []string{"ATTENDED Sarah Chan > Global Fintech Congress"}, nil},
		{"en", "Sarah Chan spoke at Harbour Capital 2024.", nil, []string{"ATTENDED Sarah Chan > Harbour Capital 2024"}},
		// General verbs of the weak types; the kinds of the ends keep them narrow.
		{"zh-Hans", "本月，星河机器人亮相世界人工智能大会，并参展香港国际创科展。", []string{"ATTENDED 星河机器人 > 香港国际创科展"}, nil},
		{"zh-Hant", "星河機器人已在新加坡設點，並計劃明年出海中東。", []string{"TARGETS_MARKET 星河機器人 > 中東"}, nil},
		{"zh-Hant", "星河控股有限公司（「本公司」）主要於中國內地及東南亞從事儲能業務。", []string{"TARGETS_MARKET 星河控股有限公司 > 東南亞"}, nil},
		{"zh-Hans", "星河机器人的创始人张明出身于华为。", []string{"WORKED_AT 张明 > 华为"}, nil},
		{"zh-Hans", "星河机器人布局人工智能赛道。", nil, []string{"TARGETS_MARKET 星河机器人 > 人工智能"}},
		{"en", "Kelpie Robotics has operations in Singapore and Malaysia.", []string{"TARGETS_MARKET Kelpie Robotics > Malaysia"}, nil},
		{"en", "Mary Tam was a speaker at the Asian Financial Forum.", []string{"ATTENDED Mary Tam > Asian Financial Forum"}, nil},
		// What is done at a named event says it was attended.
		{"zh-Hans", "星河机器人在2025世界人工智能大会上推出新款机械臂。", []string{"ATTENDED 星河机器人 > 2025世界人工智能大会"}, nil},
		{"zh-Hans", "星河机器人在市场上推出新款机械臂。", nil, []string{"ATTENDED 星河机器人 > 市场"}},
		// An apposition after a person's name: where the person works, whatever the job.
		{"en", "The lab was co-founded by Professor Alan Wong, a biochemist at the Hong Kong University of Science and Technology.",
			[]string{"WORKED_AT Alan Wong > Hong Kong University of Science and Technology"}, nil},
		{"en", "Mary Tam, a senior data engineer at Jade Group, said so.", []string{"WORKED_AT Mary Tam > Jade Group"}, nil},
		{"en", "Tom Lee, a US$5 million investor at Jade Group, left.", nil, []string{"WORKED_AT Tom Lee > Jade Group"}},
		{"en", "Nimbus Robotics, an incubatee at Cyberport, grew fast.", nil, []string{"WORKED_AT Nimbus Robotics > Cyberport"}},
		{"en", "Tom Lee said Jade Group signed a partnership at Cyberport.", nil, []string{"WORKED_AT Tom Lee > Cyberport"}},
		// A job named by a noun phrase: "was an engineer at", "worked as a consultant at".
		{"en", "Daniel Wong previously spent eight years at Huawei and was an engineer at Tencent.", []string{"WORKED_AT Daniel Wong > Tencent"}, nil},
		{"en", "Grace Lee worked as a management consultant at McKinsey.", []string{"WORKED_AT Grace Lee > McKinsey"}, nil},
		{"en", "Nimbus Robotics is a start-up at Cyberport.", nil, []string{"WORKED_AT Nimbus Robotics > Cyberport"}},
		// A company named again by its place and a descriptor.
		{"en", "Nimbus Robotics raised US$10 million on Monday. The Shenzhen company was set up by Tom Lee in 2019.", []string{"LOCATED_IN Nimbus Robotics > Shenzhen"}, nil},
		{"en", "Nimbus Robotics raised US$10 million on Monday. The Shenzhen government said it was pleased.", nil, []string{"LOCATED_IN Nimbus Robotics > Shenzhen"}},
		// 公司旗下子公司X: the company the text is about owns X.
		{"zh-Hans", "智行机器人今日宣布完成B轮融资。此外，公司旗下子公司智行科技已进驻香港科学园。", []string{"SUBSIDIARY_OF 智行科技 > 智行机器人"}, nil},
		// An award reached in any of the usual words.
		{"en", "Nimbus Robotics was shortlisted for the Hong Kong ICT Awards.", []string{"SELECTED_FOR Nimbus Robotics > Hong Kong ICT Awards"}, nil},
		{"en", "Orbit Labs wins the Best Start-up Award.", []string{"SELECTED_FOR Orbit Labs > Best Start-up Award"}, nil},
		{"en", "Orbit Labs received the funds from Jade Capital.", nil, []string{"SELECTED_FOR Orbit Labs > Jade Capital"}},
		// A count of unnamed companies, then the named ones after 包括.
		{"zh-Hans", "数码港去年共吸引了120家初创企业进驻，包括智行机器人及蓝海科技。",
			[]string{"ATTRACTED 数码港 > 智行机器人", "ATTRACTED 数码港 > 蓝海科技"}, nil},
		{"zh-Hans", "特区政府已委任12名业界人士组成咨询小组，成员包括港投公司行政总裁陈家齐。", nil, []string{"LEADS 陈家齐 > 特区政府"}},
		// A hedge: 暫不考慮 states no fact.
		{"zh-Hans", "星河机器人则表示，暂不考虑进入中东。", nil, []string{"TARGETS_MARKET 星河机器人 > 中东"}},
		// A transcript: I and 我 in a turn are its speaker.
		{"zh-Hant", "主持人：歡迎陳嘉欣。\n陳嘉欣：謝謝。我之前在滙豐工作了六年。", []string{"WORKED_AT 陳嘉欣 > 滙豐"}, nil},
		{"en", "HOST: Did Tom Lee hire you?\nSarah Chan: No. Tom Lee came later. I previously worked at Goldman Sachs.",
			[]string{"WORKED_AT Sarah Chan > Goldman Sachs"}, []string{"WORKED_AT Tom Lee > Goldman Sachs"}},
	}
	for _, c := range cases {
		ps := Extract(Input{Text: c.text, Language: c.lang, Published: "2025-06-05",
			Known: []Known{{ID: "cyberport", Kind: "ORGANIZATION", Names: []string{"Cyberport", "数码港", "數碼港"}}}})
		checkSpans(t, c.text, ps)
		checkRels(t, c.text, ps, c.want, c.not)
	}
}

// A defined term of several words names the company before its bracket.
func TestDefinedTerms(t *testing.T) {
	text := `Jade Grid Limited agreed to buy Nimbus Power Limited (the "Target Company"). Upon completion, the Target Company will become an indirect subsidiary of Orchid Holdings Limited.`
	found := false
	for _, p := range Extract(Input{Text: text, Language: "en"}) {
		if r := p.Relationship; r != nil && r.Type == "SUBSIDIARY_OF" && r.To.EntityKey == "e:orchid holdings limited" {
			found = true
			if r.From.EntityKey != "e:nimbus power limited" {
				t.Errorf("the Target Company is %q, want Nimbus Power Limited", r.From.EntityKey)
			}
		}
	}
	if !found {
		t.Errorf("no SUBSIDIARY_OF of Orchid Holdings Limited")
	}
}

func TestCueInflections(t *testing.T) {
	has := map[string]bool{}
	for _, c := range relCues {
		has[c.lang+" "+string(c.typ)+" "+c.cue] = true
		if c.cue == "expanded into" && c.typ == "TARGETS_MARKET" && c.flags["planned"] {
			t.Errorf("a past form is no plan: %q", c.cue)
		}
	}
	for _, want := range []string{"en ATTENDED exhibits at", "en ATTENDED exhibiting at", "en ATTENDED attending", "en TARGETS_MARKET entering the", "en ATTENDED speaks at"} {
		if !has[want] {
			t.Errorf("no cue %q", want)
		}
	}
	if has["en INVESTED_IN invests * in"] {
		t.Errorf("gapped cues are not inflected")
	}
}
