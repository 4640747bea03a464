package extract

import "testing"

// Holders named by what they hold or sell: a share of the enlarged capital after a
// convertible's conversion, old shares sold in a secondary sale. Invented sentences.
func TestEnlargedCapitalAndSecondarySellers(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "星河智能科技有限公司昨日公告，向投資平台Jade Capital發行7.8億港元可換股債券。假設債券獲悉數兌換，Jade Capital將持有擴大後股本約6.1%。",
			[]string{"INVESTED_IN Jade Capital > 星河智能科技有限公司"}},
		{"zh-Hans", "存算芯片企业星河半导体有限公司近日完成一笔老股转让：早期投资方蓝海资本转让所持全部股份，海澜创投转让部分股份。",
			[]string{"INVESTED_IN 蓝海资本 > 星河半导体有限公司", "INVESTED_IN 海澜创投 > 星河半导体有限公司"}},
	}, nil)
	checkEnCases(t, []enCase{
		{"Orbix Robotics Limited will issue HK$780 million of convertible bonds to Jade Capital. If the bonds are converted in full, Jade Capital will hold about 6.1% of the enlarged share capital.",
			[]string{"INVESTED_IN Jade Capital > Orbix Robotics Limited"}, nil},
	})
}

// A mainland fund's manager named with its general partner's role. Invented sentences.
func TestManagerAndGeneralPartnerZh(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "星河科技有限公司拟参与设立深圳星河创新产业投资基金合伙企业（有限合伙）（下称“星河基金”）。星河基金目标规模10亿元。基金管理人及执行事务合伙人为蓝海资本管理有限公司。",
			[]string{"MANAGES 蓝海资本管理有限公司 > 星河基金"}},
	}, nil)
}

// A gap cue opens at its nearer first word: in 獲批企業「乙」則獲…資助 the first 獲 is 獲批's.
// Invented sentences.
func TestNearerGapCueOpening(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "創新科技署今日公布「星河創科資助計劃」最新獲批項目。其中，本地初創「藍海生技」獲約1,000萬港元資助。另一獲批企業「海瀾機械」則獲800萬港元資助。",
			[]string{"FUNDS 星河創科資助計劃 > 藍海生技", "FUNDS 星河創科資助計劃 > 海瀾機械"}},
	}, nil)
}
