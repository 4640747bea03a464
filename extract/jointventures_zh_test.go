package extract

import "testing"

// 合資公司 refers to the joint venture the text named right after the same noun; 以…為基地
// places a company. Invented sentences.
func TestJointVentureReferenceZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "星聯物流昨日與本地機械人初創「智運科技」簽署戰略合作備忘錄，雙方將成立合資公司「星運自動化有限公司」，星聯物流佔55%股權。合資公司將以葵涌為基地，先服務香港及大灣區客戶，並計劃2027年拓展至東南亞。",
			[]string{"LOCATED_IN 星運自動化有限公司 > 葵涌", "TARGETS_MARKET 星運自動化有限公司 > 香港", "TARGETS_MARKET 星運自動化有限公司 > 大灣區", "TARGETS_MARKET 星運自動化有限公司 > 東南亞"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "星聯物流昨日與本地機械人初創「智運科技」簽署戰略合作備忘錄，雙方將成立合資公司「星運自動化有限公司」，星聯物流佔55%股權。合資公司將以葵涌為基地，先服務香港及大灣區客戶。",
			[]string{"TARGETS_MARKET 星聯物流 > 香港", "LOCATED_IN 星聯物流 > 葵涌"}},
	})
}
