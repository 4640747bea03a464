package extract

import "testing"

// A cue inside an item's aside does not carry its object list on into the next
// semicolon-separated item.
func TestSemicolonListAsideCue(t *testing.T) {
	text := "The three licensees are Tessera Pay, a joint venture of two banks; Orbit Bank, the virtual bank backed by ZhongAn Online; and Quartz Pay, a unit of Hong Kong payments firm Paysphere."
	checkRelCases(t, []relCase{{"en", text, []string{"INVESTED_IN ZhongAn Online > Orbit Bank", "SUBSIDIARY_OF Quartz Pay > Paysphere"}}}, nil)
	checkRelAbsent(t, []relCase{{"en", text, []string{"INVESTED_IN Quartz Pay > Orbit Bank"}}})
}
