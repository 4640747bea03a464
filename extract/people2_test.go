package extract

import "testing"

// More ways news states who leads, works at, studied at or sits in an organisation.
func TestPersonRelationVariants(t *testing.T) {
	cases := []relCase{
		{"en", "HKSTP chief executive Albert Wong said the park was full.", []string{"LEADS Albert Wong > HKSTP"}},
		{"en", "Nina Cheung, who founded Ledgerly in 2019, said the round was oversubscribed.", []string{"LEADS Nina Cheung > Ledgerly"}},
		{"en", "Tom Leung, the former head of Octopus Cards, joined Paywise last year.", []string{"WORKED_AT Tom Leung > Octopus Cards"}},
		{"en", "Ivy Chan joined Quantix Labs as chief technology officer in 2021.", []string{"LEADS Ivy Chan > Quantix Labs"}},
		{"en", "Dr Ken Ho sits on the board of Cyberport.", []string{"MEMBER_OF Ken Ho > Cyberport"}},
		{"en", "Ledgerly founder Nina Cheung said the firm would hire 40 engineers.", []string{"LEADS Nina Cheung > Ledgerly"}},
		{"en", "Marco Tse, a graduate of the University of Hong Kong, set up Brightwave in 2020.", []string{"EDUCATED_AT Marco Tse > University of Hong Kong"}},
		{"en", "Paywise has appointed Helen Kwok as its new chief executive.", []string{"LEADS Helen Kwok > Paywise"}},
		{"zh-Hans", "陈志强自2020年起担任深蓝科技董事长。", []string{"LEADS 陈志强 > 深蓝科技"}},
		{"zh-Hans", "王丽华是明德资本董事会成员。", []string{"MEMBER_OF 王丽华 > 明德资本"}},
		{"zh-Hant", "黃國輝獲委任為數碼港董事。", []string{"MEMBER_OF 黃國輝 > 數碼港"}},
		{"zh-Hant", "數碼港董事黃國輝表示，計劃反應熱烈。", []string{"MEMBER_OF 黃國輝 > 數碼港"}},
		{"zh-Hans", "刘敏曾任阿里巴巴副总裁，2019年加入云启科技。", []string{"WORKED_AT 刘敏 > 阿里巴巴", "WORKED_AT 刘敏 > 云启科技"}},
		{"zh-Hant", "張家輝為創科資本創辦合伙人。", []string{"LEADS 張家輝 > 創科資本"}},
		{"zh-Hans", "该公司创始人兼首席执行官赵磊毕业于浙江大学，曾在华为工作八年。",
			[]string{"EDUCATED_AT 赵磊 > 浙江大学", "WORKED_AT 赵磊 > 华为"}},
	}
	checkRelCases(t, cases, []Known{{ID: "cyberport", Kind: "ORGANIZATION", Names: []string{"Cyberport", "數碼港", "数码港"}},
		{ID: "hkstp", Kind: "ORGANIZATION", Names: []string{"HKSTP"}},
		{ID: "hku", Kind: "ORGANIZATION", Names: []string{"University of Hong Kong", "香港大學"}},
		{ID: "huawei", Kind: "ORGANIZATION", Names: []string{"Huawei", "华为"}}})
}

// Companies do things people do: they join alliances and are named in lists; that does not
// make their names people's.
func TestCompaniesAreNoPeople(t *testing.T) {
	checkNoPeople(t, []string{
		"Pacific Telecom joined the Hong Kong Fintech Alliance last year.",
		"Harbour Freight was named one of the fastest-growing firms in Asia.",
		"Blue Orchid, which builds chips, joined the programme in 2022.",
	})
}
