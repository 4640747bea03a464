package extract

import "testing"

// A board seat after the company's name makes a working cue's fact a membership. Invented texts.
func TestBoardSeatsAfterNames(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "其创始合伙人李家明曾任华康医疗独立董事，已于2024年6月离任。", []string{"MEMBER_OF 李家明 > 华康医疗"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hans", "其创始合伙人李家明曾任华康医疗独立董事，已于2024年6月离任。", []string{"WORKED_AT 李家明 > 华康医疗"}},
		// the chair leads; 董事长 is no seat on the board alone
		{"zh-Hans", "李家明曾任华康医疗董事长。", []string{"MEMBER_OF 李家明 > 华康医疗"}},
	})
}
