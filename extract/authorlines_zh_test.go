package extract

import "testing"

// A writer's line and the medium that opens the first paragraph, and a joint masthead in a
// dispatch line: the writer WORKED_AT the medium.
func TestAuthorLinesAndJointMastheads(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "芯元科技完成B轮融资\n\n作者：张晓雯\n\n钛媒体消息，芯元科技今日宣布完成B轮融资。", []string{"WORKED_AT 张晓雯 > 钛媒体"}},
		{"zh-Hans", "芯元科技拟赴港上市\n\n上海证券报·中国证券网讯（记者 王立平）芯元科技昨晚发布公告。", []string{"WORKED_AT 王立平 > 上海证券报"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "芯元科技完成B轮融资\n\n作者：张晓雯\n\n本报消息，芯元科技今日宣布完成B轮融资。", []string{"WORKED_AT 张晓雯 > 本报"}},
	})
}
