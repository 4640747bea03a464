package extract

import "testing"

// Items of one list share a role: the other end of a cue is never one of them. Invented sentences.
func TestListItemsNotLinked(t *testing.T) {
	for _, text := range []string{
		"云帆科技近日完成新一轮融资。红杉中国、高瓴创投及IDG资本亦参与投资。",
		"云帆科技近日完成新一轮融资。老股东红杉中国和高瓴创投继续追加投资。",
	} {
		ps := Extract(Input{Text: text, Language: "zh-Hans", Published: "2025-06-05"})
		checkRels(t, text, ps, nil, []string{"INVESTED_IN 高瓴创投 > 红杉中国", "INVESTED_IN IDG资本 > 红杉中国"})
	}
}
