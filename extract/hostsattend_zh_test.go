package extract

import "testing"

// The host acting at its own event does not attend it; a guest who comes to speak does.
// Invented texts.
func TestHostsAndGuestsAtEvents(t *testing.T) {
	text := "9月5日，星衡科技在深圳举办“星衡2026新品发布会”。发布会上，星衡科技宣布完成B轮融资。当天，华云副总裁李立新到场致辞。"
	checkRelCases(t, []relCase{{"zh-Hans", text, []string{"ATTENDED 李立新 > 星衡2026新品发布会", "ORGANIZED 星衡科技 > 星衡2026新品发布会"}}}, nil)
	checkRelAbsent(t, []relCase{{"zh-Hans", text, []string{"ATTENDED 星衡科技 > 星衡2026新品发布会"}}})
}
