package extract

import "testing"

// A byline on the opening lines names the paper and its reporter.
func TestPaperBylines(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hans", "《南都日报》讯（记者 陈晓彤）昨日，星河科技宣布完成A轮融资。", []string{"WORKED_AT 陈晓彤 > 南都日报"}},
		{"zh-Hans", "【独家】对话星河科技创始人\n\n《南华财经周刊》记者 林一鸣\n\n星河科技成立于2019年。", []string{"WORKED_AT 林一鸣 > 南华财经周刊"}},
		{"zh-Hant", "【東方日報】記者黃詠欣報道：星河科技昨日在港交所上市。", []string{"WORKED_AT 黃詠欣 > 東方日報"}},
	}, nil)
}

func TestPaperName(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{{"香港经济日报", true}, {"佛山日报", true}, {"明报", true}, {"日报", false}, {"今日", false}} {
		if got := paperName([]rune(c.name)); got != c.want {
			t.Errorf("paperName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
