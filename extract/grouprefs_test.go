package extract

import "testing"

// A counted or pointed-at group ("The three start-ups", 三家獲獎企業, 上述企業) stands for the
// members a cue named together before; 於 opening a time is no locative cue. Invented sentences.
func TestGroupReferences(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "在“2025长三角人工智能创新大赛”总决赛中，杭州企业星图视觉获得一等奖，深圳企业云帆智能和上海企业明川医疗获得二等奖。三家获奖企业将于明年1月加入张江高科技园区开发股份有限公司运营的“张江AI孵化加速计划”。",
			[]string{"PARTICIPATED_IN 星图视觉 > 张江AI孵化加速计划", "PARTICIPATED_IN 云帆智能 > 张江AI孵化加速计划", "PARTICIPATED_IN 明川医疗 > 张江AI孵化加速计划",
				"OPERATES 张江高科技园区开发股份有限公司 > 张江AI孵化加速计划"}},
		{"en", "Harbour Port Holdings announced the first cohort of the Harbour Launchpad Programme. The cohort comprises TraceLine, a customs-data platform; Berthy, a berth-scheduling start-up; and ColdBox, a cold-chain sensor maker. The three start-ups will exhibit at the Asia Logistics Summit 2026 in June.",
			[]string{"ATTENDED TraceLine > Asia Logistics Summit 2026", "ATTENDED Berthy > Asia Logistics Summit 2026", "ATTENDED ColdBox > Asia Logistics Summit 2026"}},
		{"zh-Hans", "深圳企业星图视觉科技有限公司将加入张江高科技园区开发股份有限公司运营的“张江AI孵化加速计划”。",
			[]string{"PARTICIPATED_IN 星图视觉科技有限公司 > 张江AI孵化加速计划"}},
		{"zh-Hans", "另据公告，物流平台速运通科技有限公司已于本月15日在香港联合交易所主板挂牌。", []string{"LISTED_ON 速运通科技有限公司 > 香港联合交易所"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		// The count does not match the two winners: no group is meant.
		{"zh-Hans", "在“2025长三角人工智能创新大赛”总决赛中，杭州企业星图视觉获得一等奖，深圳企业云帆智能获得二等奖。三家企业将于明年1月加入“张江AI孵化加速计划”。",
			[]string{"PARTICIPATED_IN 星图视觉 > 张江AI孵化加速计划"}},
		// 於 and a time: no place for the company.
		{"zh-Hans", "深圳企业星图视觉科技有限公司将于明年1月加入张江高科技园区开发股份有限公司运营的“张江AI孵化加速计划”。",
			[]string{"LOCATED_IN 星图视觉科技有限公司 > 张江"}},
	})
	for _, c := range []struct {
		lang, text string
		n          int
		ok         bool
	}{
		{"en", "The four start-ups will pitch at X.", 4, true},
		{"en", "These companies joined X.", 0, true},
		{"en", "The start-ups joined X.", 0, false},
		{"zh-Hans", "三家获奖企业将加入乙。", 3, true},
		{"zh-Hans", "上述企业将进驻乙。", 0, true},
	} {
		d := newDoc(Input{Text: c.text, Language: c.lang})
		s := d.sents[0]
		at := len([]rune(c.text)) - 4
		if n, ok := pluralSubjectBefore(d, s, nil, at); n != c.n || ok != c.ok {
			t.Errorf("%s: pluralSubjectBefore = %d, %v; want %d, %v", c.text, n, ok, c.n, c.ok)
		}
	}
}
