package extract

import "testing"

// TestBylineRolesAndDispatch: an editor on a source line works at its medium like a reporter
// (新经记者 王海　新经编辑 陈嘉), and the dispatch word after a bare medium (南城讯 记者 …) is no part
// of its name.
func TestBylineRolesAndDispatch(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "新经记者 王海　新经编辑 陈嘉\n\n5月3日，星河能源宣布完成A轮融资。",
			[]string{"WORKED_AT 王海 > 新经", "WORKED_AT 陈嘉 > 新经"}},
		{"zh-Hans", "南城讯 记者 林晓 储能企业星河能源（下称“星河”）9日宣布完成A轮融资。", []string{"WORKED_AT 林晓 > 南城"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "南城讯 记者 林晓 储能企业星河能源（下称“星河”）9日宣布完成A轮融资。", []string{"WORKED_AT 林晓 > 南城讯"}},
	})
}

// TestBylineReporterIsNoSubject: the reporter a byline names at a sentence's start does not
// keep a later person from taking up the post a later clause gives.
func TestBylineReporterIsNoSubject(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "南城讯 记者 林晓 星河能源9日宣布，前云帆物流副总裁李嘉明正式加盟，出任公司总裁。", []string{"LEADS 李嘉明 > 星河能源", "WORKED_AT 林晓 > 南城"}},
	}, nil)
}
