package extract

import "testing"

// Organisation, programme and award relations stated by clause shapes rather than by one verb:
// a few ways news says each fact, in invented sentences.
func TestOrganisationClauseShapes(t *testing.T) {
	known := []Known{
		{ID: "hkic", Kind: "ORGANIZATION", Names: []string{"港投公司", "HKIC"}},
		{ID: "cyberport", Kind: "ORGANIZATION", Names: []string{"數碼港", "数码港", "Cyberport"}},
		{ID: "hkex", Kind: "ORGANIZATION", Names: []string{"港交所", "HKEX"}},
		{ID: "budget", Kind: "POLICY", Names: []string{"2023-24 Budget"}},
		{ID: "tech-scheme", Kind: "PROGRAMME", Names: []string{"Green Tech Subsidy Scheme", "產學研1+計劃"}},
	}
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		// An award or a ranked list: SELECTED_FOR, not PARTICIPATED_IN.
		{"zh-Hans", "去年，云帆科技入选由数码港主办的“湾区创新先锋榜”。",
			[]string{"SELECTED_FOR 云帆科技 > 湾区创新先锋榜", "ORGANIZED 数码港 > 湾区创新先锋榜"},
			[]string{"PARTICIPATED_IN 云帆科技 > 湾区创新先锋榜"}},
		{"zh-Hant", "光譜醫療科技今年獲選《財富》亞洲「50家最具潛力初創」榜單。",
			[]string{"SELECTED_FOR 光譜醫療科技 > 50家最具潛力初創"}, nil},
		{"zh-Hans", "晨曦能源荣获第八届“粤港澳创新大奖”。", []string{"SELECTED_FOR 晨曦能源 > 粤港澳创新大奖"}, nil},
		{"zh-Hant", "數碼港「智慧城市創新大獎」今日揭曉。", []string{"ORGANIZED 數碼港 > 智慧城市創新大獎"}, nil},
		// A programme joined through 入选 stays PARTICIPATED_IN.
		{"zh-Hans", "云帆科技于2023年入选“数码港培育计划”。", []string{"PARTICIPATED_IN 云帆科技 > 数码港培育计划"},
			[]string{"SELECTED_FOR 云帆科技 > 数码港培育计划"}},
		// Cornerstone investors at a listing: INVESTED_IN the listed company.
		{"zh-Hans", "明德生物今日在港交所上市。招股书显示，港投公司与远景资本担任基石投资者。",
			[]string{"INVESTED_IN 港投公司 > 明德生物", "INVESTED_IN 远景资本 > 明德生物"},
			[]string{"INVESTED_IN 远景资本 > 港投公司"}},
		{"en", "Brightwave Robotics debuted on HKEX on Monday. Cornerstone investors including HKIC and Hillcrest Capital took up a third of the offering.",
			[]string{"INVESTED_IN HKIC > Brightwave Robotics", "INVESTED_IN Hillcrest Capital > Brightwave Robotics"}, nil},
		// Apposition: "X, the arm of Y" describes X alone, not the list X ends.
		{"en", "The round drew Gobi Partners and Jade Ventures, the venture arm of the Jade Group.",
			[]string{"SUBSIDIARY_OF Jade Ventures > Jade Group"}, []string{"SUBSIDIARY_OF Gobi Partners > Jade Group"}},
		// 由甲領投、乙跟投: 乙 is a co-investor, not the investee.
		{"zh-Hant", "其中，初創「星圖科技」上月完成由維港投資領投、港投公司跟投的種子輪融資。",
			[]string{"INVESTED_IN 維港投資 > 星圖科技", "INVESTED_IN 港投公司 > 星圖科技"},
			[]string{"INVESTED_IN 維港投資 > 港投公司"}},
		// The recipients of a scheme named in an earlier sentence.
		{"en", "Twelve projects were approved under the Green Tech Subsidy Scheme. Among the approved companies is Helios Materials, which will receive HK$8 million.",
			[]string{"FUNDS Green Tech Subsidy Scheme > Helios Materials"}, nil},
		{"zh-Hant", "政府公布「產學研1+計劃」第三批項目。獲批項目中，由理大教授創立的「晶瑞科技」獲約5,000萬港元資助。",
			[]string{"FUNDS 產學研1+計劃 > 晶瑞科技"}, nil},
		// The head of a noun phrase that ends its clause is the subject, not its modifier.
		{"zh-Hans", "香港理工大学团队孵化的储能企业“瀚海储能”，近日获“产学研1+计划”资助8000万港元。",
			[]string{"FUNDS 产学研1+计划 > 瀚海储能"}, []string{"FUNDS 产学研1+计划 > 香港理工大学"}},
		// All of a company's shares bought: a subsidiary.
		{"zh-Hans", "去年，宏图集团以2亿元收购深圳初创企业云测科技的全部股权。", []string{"SUBSIDIARY_OF 云测科技 > 宏图集团"}, nil},
		{"zh-Hans", "去年，宏图集团以2亿元收购云测科技的部分股权。", nil, []string{"SUBSIDIARY_OF 云测科技 > 宏图集团"}},
		{"zh-Hant", "宏達集團宣布以5億港元收購保險科技初創「安保通」全部股權。", []string{"SUBSIDIARY_OF 安保通 > 宏達集團"}, nil},
		// "The scheme" is the last name ending in Scheme; announced in a policy document.
		{"en", "The Green Tech Subsidy Scheme has approved 30 projects. Meanwhile Cyberport said its Incubation Programme graduated 40 companies. The scheme, announced in the 2023-24 Budget, is administered by Cyberport.",
			[]string{"ANNOUNCED 2023-24 Budget > Green Tech Subsidy Scheme", "OPERATES Cyberport > Green Tech Subsidy Scheme"}, nil},
		// A programme two bodies run together.
		{"zh-Hans", "港投公司去年与香港科技大学合办“创科学者计划”。",
			[]string{"OPERATES 港投公司 > 创科学者计划", "OPERATES 香港科技大学 > 创科学者计划"}, nil},
		// A listed company named with its exchange.
		{"zh-Hant", "港交所上市公司宏達集團昨日公布業績。", []string{"LISTED_ON 宏達集團 > 港交所"}, nil},
		// A company's own fund is the company's to manage; a department's fund is public money.
		{"zh-Hant", "智匯醫療獲宏達集團旗下的「宏達創科基金」注資3,000萬港元。", []string{"MANAGES 宏達集團 > 宏達創科基金"},
			[]string{"OPERATES 宏達集團 > 宏達創科基金"}},
		{"en", "It also won support from the Environment and Ecology Bureau's Green Tech Fund.", nil,
			[]string{"MANAGES Environment and Ecology Bureau > Green Tech Fund"}},
		// A date between the verb and its preposition.
		{"en", "Tidewave Labs was admitted in 2021 to the Incubation Programme run by HKSTP. Tidewave Labs graduated last year from the Incu-Tech Programme.",
			[]string{"PARTICIPATED_IN Tidewave Labs > Incubation Programme", "PARTICIPATED_IN Tidewave Labs > Incu-Tech Programme"}, nil},
		// A body that brings a company in; a quantity names none.
		{"zh-Hans", "投资推广署宣布，已成功引进深圳储能企业远航能源科技在港设立总部。", []string{"ATTRACTED 投资推广署 > 远航能源科技"}, nil},
		{"zh-Hans", "数码港将继续引进更多内地龙头企业，为产业发展奠基铺路。", nil, []string{"ATTRACTED 数码港 > 奠基铺路"}},
		// A body's quoted list: its fund is managed, its programmes run.
		{"zh-Hans", "企业可申报数码港旗下的“创意基金”“培育计划”及“加速计划”。",
			[]string{"OPERATES 数码港 > 培育计划", "OPERATES 数码港 > 加速计划"}, []string{"OPERATES 数码港 > 创意基金"}},
		// Investing together with a partner names no investee; an investor network is a noun.
		{"zh-Hant", "數碼港表示，基金將與港投公司加強聯合投資。", nil, []string{"INVESTED_IN 港投公司 > 數碼港"}},
		{"zh-Hans", "远景资本获港投公司与维港投资共同投资。", []string{"INVESTED_IN 港投公司 > 远景资本"}, nil},
		{"zh-Hans", "数码港投资者网络的成员已超过180家。", nil, []string{"INVESTED_IN 数码港 > 网络"}},
		{"zh-Hans", "远景集团旗下投资平台远景创投近日参与了氢源科技的B轮融资。", nil, []string{"INVESTED_IN 远景集团 > 远景创投"}},
		// 领投方/跟投方 name the round's investors: the company before is no investor in them.
		{"zh-Hans", "本地初创“声谱科技”完成800万元种子轮融资。领投方启明创投合伙人王立新表示，看好团队。", nil, []string{"INVESTED_IN 声谱科技 > 启明创投"}},
		{"zh-Hant", "本地初創「聲譜科技」完成800萬港元種子輪融資。跟投方紅杉中國董事總經理王立新表示，看好團隊。", nil, []string{"INVESTED_IN 聲譜科技 > 紅杉中國"}},
		// A count before the investees; a place-like name before "-based" only locates the next.
		{"en", "Harbour Peak has invested in 12 companies, including Lumen Health.", []string{"INVESTED_IN Harbour Peak > Lumen Health"}, nil},
		{"en", "Redwood Capital has invested in more than 20 start-ups, including Cyberport-based Nimbus Robotics.",
			[]string{"INVESTED_IN Redwood Capital > Nimbus Robotics"}, []string{"INVESTED_IN Redwood Capital > Cyberport"}},
		// An apposition calls a new name a fair; its organisers include the body "together with" the first.
		{"en", "Visitors crowded into EcoInno 2026, the sustainability expo organised by the Hong Kong Productivity Council (HKPC) together with the Environment and Ecology Bureau.",
			[]string{"ORGANIZED Hong Kong Productivity Council > EcoInno 2026", "ORGANIZED Environment and Ecology Bureau > EcoInno 2026"}, nil},
		// An object that refers back to the programme; not when it only opens a longer noun phrase.
		{"zh-Hans", "两家公司均来自“数码港培育计划”。云帆科技2021年入选该计划，并于2023年毕业。",
			[]string{"PARTICIPATED_IN 云帆科技 > 数码港培育计划"}, nil},
		{"zh-Hans", "晨星能源科技获“产学研1+计划”资助，成为该计划第二轮获批的项目之一。", nil,
			[]string{"PARTICIPATED_IN 晨星能源科技 > 产学研1+计划"}},
		// The recipient named in the clause of 獲…資助, not the speaker who opens the sentence.
		{"zh-Hans", "城大副校长表示，过去五年城大已孵化逾80家企业，晨星能源科技是其中首家获“产学研1+计划”资助的企业。",
			[]string{"FUNDS 产学研1+计划 > 晨星能源科技"}, []string{"FUNDS 产学研1+计划 > 城大"}},
		// A relative clause before its head noun: the name after 的 did what the clause says.
		{"zh-Hant", "另外，上月完成「數碼港加速器支援計劃」的金融科技公司「雲帆支付」已獲注資。",
			[]string{"PARTICIPATED_IN 雲帆支付 > 數碼港加速器支援計劃"}, nil},
		{"zh-Hans", "去年入选“湾区创新先锋榜”的初创企业“极光智能”宣布融资。", []string{"SELECTED_FOR 极光智能 > 湾区创新先锋榜"}, nil},
		{"zh-Hans", "云帆科技成为“数码港培育计划”的培育公司。", []string{"PARTICIPATED_IN 云帆科技 > 数码港培育计划"}, nil},
		// A company lists on an exchange or a board, not on another company.
		{"zh-Hans", "明德生物科技股份有限公司今日在港交所上市，成为首家按18C章上市的特专科技公司。",
			[]string{"LISTED_ON 明德生物科技股份有限公司 > 港交所"}, []string{"LISTED_ON 明德生物科技股份有限公司 > 特专科技公司"}},
		// 入股 with no object: the company the article is about.
		{"zh-Hans", "明德生物今日在港交所上市。明德生物去年完成C轮融资。港投公司早在2023年便已入股，目前持股约5%。",
			[]string{"INVESTED_IN 港投公司 > 明德生物"}, nil},
		// A sentence that opens with its own subject does not borrow an earlier fund.
		{"zh-Hant", "政府向創新及科技基金注資100億港元。研究院由香港生產力促進局管理，院長由陳博士出任。", nil,
			[]string{"MANAGES 香港生產力促進局 > 創新及科技基金"}},
		// A fund wholly owned and managed by a body: MANAGES and FUNDS.
		{"zh-Hant", "數碼港創投基金由數碼港全資擁有及管理，規模達10億港元。",
			[]string{"MANAGES 數碼港 > 數碼港創投基金", "FUNDS 數碼港 > 數碼港創投基金"}, nil},
		// A wholly owned subsidiary named after its parent; a company wholly owned by a body.
		{"zh-Hans", "该基金将由港投公司全资子公司港投私募基金管理（深圳）有限公司担任管理人。",
			[]string{"SUBSIDIARY_OF 港投私募基金管理（深圳）有限公司 > 港投公司"}, nil},
		{"zh-Hans", "宏图科技有限公司成立于2020年，由宏图集团全资拥有。", []string{"SUBSIDIARY_OF 宏图科技有限公司 > 宏图集团"}, nil},
		// A list item owned by the name before it; only that owner manages it.
		{"zh-Hans", "明德生物今日在港交所上市。其基石投资者包括远景资本、高澜投资，以及宏图集团旗下的宏图产业基金。",
			[]string{"INVESTED_IN 宏图产业基金 > 明德生物", "MANAGES 宏图集团 > 宏图产业基金"},
			[]string{"INVESTED_IN 宏图集团 > 明德生物", "MANAGES 高澜投资 > 宏图产业基金"}},
		// A pending application states no membership.
		{"zh-Hans", "纳微光电计划申请加入香港科技园的创科培育计划。", nil, []string{"PARTICIPATED_IN 纳微光电 > 创科培育计划"}},
	}
	for _, c := range cases {
		ps := Extract(Input{Text: c.text, Language: c.lang, Published: "2025-06-05", Known: known})
		checkSpans(t, c.text, ps)
		checkRels(t, c.text, ps, c.want, c.not)
	}
}
