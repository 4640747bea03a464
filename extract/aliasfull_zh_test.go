package extract

import (
	"testing"

	"github.com/hkgraph/hkgraph/kg"
)

// A name whose short form is defined in brackets is given in full before the bracket, with or
// without a legal suffix; a bracket that defines nothing proposes nothing.
func TestAliasedFullNames(t *testing.T) {
	checkEntities(t, "zh-Hant", "星河集團旗下的星河物流網絡（下稱「星河物流」）昨日宣布擴展業務。",
		map[string]kg.Kind{"星河物流網絡": kg.KindOrganization}, nil)
	checkEntities(t, "zh-Hans", "由云帆数字能源（以下简称“云帆能源”）牵头建设的储能项目昨日动工。",
		map[string]kg.Kind{"云帆数字能源": kg.KindOrganization}, []string{"由云帆数字能源"})
	if ms := aliasedFullNames(newDoc(Input{Text: "云帆数字能源（备注：未上市）昨日宣布。", Language: "zh-Hans"})); len(ms) != 0 {
		t.Errorf("a note in brackets defines no alias: %+v", ms)
	}
}
