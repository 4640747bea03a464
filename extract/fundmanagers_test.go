package extract

import "testing"

// A commitment to a fund a firm runs is no stake in the firm; money put into the firm itself
// still is. Invented sentences.
func TestFundManagersAreNoInvestees(t *testing.T) {
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "港投公司向晨曦創投旗下的晨曦二期基金投資5億港元。", []string{"INVESTED_IN 港投公司 > 晨曦創投"}},
		{"zh-Hans", "远澜资本向晨曦创投管理的晨曦二期基金投资3亿元。", []string{"INVESTED_IN 远澜资本 > 晨曦创投"}},
		{"en", "Kestrelwood Capital invested US$50 million in Brightmoor Ventures' second fund, Brightmoor Fund II.", []string{"INVESTED_IN Kestrelwood Capital > Brightmoor Ventures"}},
	})
	checkRelCases(t, []relCase{
		{"zh-Hans", "远澜资本向晨曦创投投资3亿元。", []string{"INVESTED_IN 远澜资本 > 晨曦创投"}},
		{"en", "Kestrelwood Capital invested US$50 million in Brightmoor Ventures.", []string{"INVESTED_IN Kestrelwood Capital > Brightmoor Ventures"}},
	}, nil)
}
