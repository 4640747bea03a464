package extract

import "testing"

// A rank before a title (高級副總裁) leaves the employer before it; 前 after a list's 、 opens no
// name; the body that helped a company come ATTRACTED it; 香港的 and a phrase is no company.
func TestRanksAndHelpersZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "星河科技投資委員會成員、前滙川資本高級副總裁何志恒表示，市場反應理想。", []string{"WORKED_AT 何志恒 > 滙川資本"}},
		{"zh-Hant", "星河科技是在投資推廣署協助下落戶香港。", []string{"ATTRACTED 投資推廣署 > 星河科技"}},
		{"zh-Hant", "星河科技在投資推廣署的協助下來港設立總部。", []string{"ATTRACTED 投資推廣署 > 星河科技"}},
	}, nil)
	checkEntities(t, "zh-Hant", "星河科技投資委員會成員、前滙川資本高級副總裁何志恒表示，香港的資本市場配套是遷冊主因。", nil,
		[]string{"前滙川資本", "滙川資本高級", "資本市場配套"})
}
