package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// TestPostScopeBeforeTitle: a region between the company and the title (公司全球总裁,
// 集团亚太区首席执行官) leaves the post the company's.
func TestPostScopeBeforeTitle(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "星河能源9日宣布，李嘉明正式加盟，出任公司全球总裁。", []string{"LEADS 李嘉明 > 星河能源"}},
		{"zh-Hans", "星河能源宣布，李嘉明出任集团亚太区首席执行官。", []string{"LEADS 李嘉明 > 星河能源"}},
		{"zh-Hans", "星河能源宣布，李嘉明担任其国际业务总裁。", []string{"LEADS 李嘉明 > 星河能源"}},
	}, nil)
}

// TestLeavingVerbEndsName: a verb of leaving a post right after a two-rune name (王磊离任) is
// no part of the name.
func TestLeavingVerbEndsName(t *testing.T) {
	text := "星河能源今年7月完成管理层调整：原总经理林涛离任，由陈嘉明接任。"
	checkEntities(t, "zh-Hans", text, map[string]kg.Kind{"林涛": kg.KindPerson}, []string{"林涛离"})
	checkRelCases(t, []relCase{
		{"zh-Hans", "星河能源宣布，总经理林涛离任。", []string{"LEADS 林涛 > 星河能源"}},
		// The former employer before the person is no end of the post the later clause gives.
		{"zh-Hans", "星河能源（下称“星河”）宣布，前腾云国际业务副总裁李嘉明正式加盟，出任公司全球总裁。", []string{"LEADS 李嘉明 > 星河"}},
	}, nil)
}

// TestFunctionWordInsideName: a name the text gives whole elsewhere (星汇技术公告称) keeps its
// last word before a title (星汇技术副总裁), though 技术 is more often the post's function.
func TestFunctionWordInsideName(t *testing.T) {
	text := "上市公司星汇技术公告称，拟收购云帆物流。星汇技术副总裁林涛表示，双方将共同开拓东南亚市场。"
	checkRelCases(t, []relCase{{"zh-Hans", text, []string{"WORKED_AT 林涛 > 星汇技术"}}}, nil)
	checkRelAbsent(t, []relCase{{"zh-Hans", text, []string{"WORKED_AT 林涛 > 星汇"}}})
	// Without the whole name elsewhere, 技术 stays the function: 云帆物流技术总监 works at 云帆物流.
	checkRelCases(t, []relCase{{"zh-Hans", "云帆物流技术总监林涛表示，公司将扩张。", []string{"LEADS 林涛 > 云帆物流"}}}, nil)
}
