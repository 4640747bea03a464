package extract

import "testing"

// A plan disowned in the same sentence ("no timetable") and a rumour inside the cue's own span.
func TestUntimedPlans(t *testing.T) {
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "云帆科技董事长表示，公司考虑在港交所主板上市，但“目前没有具体时间表”。", []string{"LISTED_ON 云帆科技 > 港交所"}},
		{"zh-Hans", "深圳企业云帆科技昨日宣布完成B轮融资。对于市场传闻的赴港上市计划，云帆方面表示“暂无明确时间表”。",
			[]string{"LISTED_ON 云帆科技 > 港"}},
		{"zh-Hans", "云帆科技完成B轮融资。\n\n对于近期有关公司正筹备赴港上市的市场传闻，李明回应称“目前没有具体时间表”。",
			[]string{"LISTED_ON 云帆科技 > 港"}},
		{"en", "Tidewater Robotics said it was weighing a listing on Nasdaq, but there was no fixed timetable.",
			[]string{"LISTED_ON Tidewater Robotics > Nasdaq"}},
	})
	checkRelCases(t, []relCase{
		{"zh-Hans", "云帆科技董事长表示，公司计划明年在港交所主板上市。", []string{"LISTED_ON 云帆科技 > 港交所"}},
		{"en", "Tidewater Robotics plans to list on Nasdaq in 2027, its chief executive said.", []string{"LISTED_ON Tidewater Robotics > Nasdaq"}},
	}, nil)
}

// An adverb of expectation or turn-taking opens a verb phrase, never a name the fact can end at.
func TestAdverbsOpenNoName(t *testing.T) {
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "李嘉明2015年加入腾讯，今年3月离职。业内认为其加盟有望加快云帆科技的海外布局。",
			[]string{"WORKED_AT 李嘉明 > 有望加快云帆科技"}},
		{"zh-Hant", "科學園昨日舉行「啟航加速計劃」路演日，12間參與計劃的初創企業輪流向投資者介紹產品。",
			[]string{"PARTICIPATED_IN 輪流 > 啟航加速計劃", "PARTICIPATED_IN 轮流 > 啟航加速計劃"}},
	})
}

// The disowned plan is the last one before the denial; an earlier plan of the sentence stays.
func TestUntimedPlanIsTheLast(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "云帆科技董事长陈立新表示，公司计划明年在迪拜设立区域办公室，并考虑在港交所主板上市，但“目前没有具体时间表”。",
			[]string{"LEADS 陈立新 > 云帆科技"}},
	}, nil)
}

// A denied schedule of another plan (暂无赴港上市的时间表) leaves this sentence's plan standing.
func TestScheduleOfAnotherPlan(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "云帆科技计划明年在新加坡设立东南亚办事处，但“暂无赴港上市的时间表”。",
			[]string{"LOCATED_IN 云帆科技 > 新加坡"}},
	}, nil)
}
