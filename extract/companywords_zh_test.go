package extract

import "testing"

// 公司 opening a clause is the start-up, not the bureau most sentences open with; a bureau
// named in the clause keeps its fact. Invented sentences.
func TestCompanyWordForPublicBody(t *testing.T) {
	text := "水務署昨日公布，智渠科技獲批管道巡檢合約。水務署表示，合約為期三年。水務署副署長陳志明稱，計劃會擴展至其他部門。智渠科技由港大畢業生李俊文創立。李俊文對記者表示，公司正籌備在深圳前海設立研發中心。"
	got := rels(Extract(Input{Text: text, Language: "zh-Hant", Published: "2025-06-05"}))
	if got["LOCATED_IN 水務署 > 前海"] != nil {
		t.Errorf("公司 read as the bureau: %v", keys(got))
	}
	d := newDoc(Input{Text: "公司獲水務署資助。", Language: "zh-Hant"})
	p := Proposal{Start: 0, End: 9, Quote: "公司獲水務署資助。", Trigger: "資助",
		Relationship: &RelationshipProposal{Type: "FUNDS", From: End{Name: "水務署"}, To: End{Name: "智渠科技"}}}
	if companyWordForPublicBody(d, p) {
		t.Error("公司獲水務署資助: the bureau is named in the clause")
	}
}
