package extract

import "testing"

// The short forms of fairs are events. Invented sentences.
func TestFairShortForms(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "在第七届进博会上，蓝帆物流与星辉科技签署合作协议。", []string{"ATTENDED 蓝帆物流 > 第七届进博会"}},
		{"zh-Hans", "星辉科技参加了第五届消博会。", []string{"ATTENDED 星辉科技 > 第五届消博会"}},
		{"zh-Hant", "藍帆物流出席2025服貿會。", []string{"ATTENDED 藍帆物流 > 2025服貿會"}},
	}, nil)
}
