package extract

import "github.com/hkgraph/hkgraph/kg"

// China's big fairs go by short forms that keep the fair's head (第六屆進博會, 消博會, 廣交會, 高交會,
// 服貿會): 博會 (博覽會), 交會 (交易會), 貿會 (貿易會) end an event's name as their long forms do.
func init() {
	zhSuffixes = sortedByLength(append(zhSuffixes, suffix{"博会", kg.KindEvent}, suffix{"交会", kg.KindEvent}, suffix{"贸会", kg.KindEvent}))
}
