package extract

import (
	_ "embed"

	"github.com/hkgraph/hkgraph/kg"
)

// Relation cues of Hong Kong press that the general lists lacked: cues/hk_zh.tsv.

//go:embed cues/hk_zh.tsv
var hkCuesTSV string

func init() {
	// 恒生銀行數碼業務主管李俊傑: the head of a unit works for the company named before.
	workTitles["主管"] = true
	// 獲香港金融管理局納入金融科技監管沙盒: 納入 ends the regulator's name, and a sandbox is a
	// scheme companies are admitted to.
	zhStopWords = append(zhStopWords, "纳入")
	// 成為最大有限合夥人: "largest" opens no name (最大有限 is no company).
	zhStopWords = append(zhStopWords, "最大")
	// 以錨定投資者身份參與: the capacity an investor takes part in is no name.
	zhStopWords = append(zhStopWords, "身份")
	zhSuffixes = sortedByLength(append(zhSuffixes, suffix{"沙盒", kg.KindProgramme},
		// 數碼港投資者網絡, 香港天使投資脈絡: the networks angel investors belong to.
		suffix{"投资者网络", kg.KindOrganization}, suffix{"投资网络", kg.KindOrganization}, suffix{"投资脉络", kg.KindOrganization},
		// 日內瓦國際發明展, 香港資訊科技展: shows where inventions and products are judged.
		suffix{"发明展", kg.KindEvent}, suffix{"科技展", kg.KindEvent},
		// 河套深港科技創新合作區, 前海深港現代服務業合作區: a cooperation zone is a place.
		suffix{"合作区", kg.KindPlace}))
}
