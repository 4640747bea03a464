package extract

import "testing"

// A bare event noun that stands for the event named in full is proposed as no entity.
func TestBareEventNounsZh(t *testing.T) {
	text := "12月6日，“2025星湾创新大会”在南沙举行。大会由星湾促进会主办。"
	checkEntities(t, "zh-Hans", text, nil, []string{"大会"})
	checkRelCases(t, []relCase{{"zh-Hans", text, []string{"ORGANIZED 星湾促进会 > 2025星湾创新大会"}}}, nil)
}
