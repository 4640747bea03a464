package extract

import "testing"

// A delegation is no organisation: its members are no members of it, and the event it attends
// is attended by whoever leads it. Invented texts.
func TestDelegationsAreNoParties(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "財經事務及庫務局局長許正宇率領的香港金融代表團，昨日在迪拜出席「Future Finance 2026」金融科技峰會。",
			[]string{"ATTENDED 許正宇 > Future Finance 2026"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		{"zh-Hant", "代表團成員包括香港科技園公司行政總裁黃家明、數碼港行政總裁陳志強，以及約20間本地初創。",
			[]string{"MEMBER_OF 黃家明 > 代表團", "MEMBER_OF 陳志強 > 代表團"}},
		{"zh-Hans", "香港贸发局代表团昨日抵达利雅得，出席“2026海湾投资峰会”。",
			[]string{"ATTENDED 香港贸发局代表团 > 2026海湾投资峰会", "ATTENDED 代表团 > 2026海湾投资峰会"}},
	})
}
