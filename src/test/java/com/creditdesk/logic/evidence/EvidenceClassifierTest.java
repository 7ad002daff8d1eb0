package com.creditdesk.logic.evidence;

import com.creditdesk.model.evidence.Classification;
import com.creditdesk.model.evidence.EvidenceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvidenceClassifierTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "出台的双公示管理制度文件|REGULATION|false|-",
            "印发的信用承诺实施办法及工作方案|REGULATION|false|-",
            "关于开展信用修复工作的通知|NOTICE|false|-",
            "信用网站公示页面截图|SCREENSHOT|false|-",
            "系统截屏及数据统计表|SCREENSHOT|false|-",
            "2020年6月至2021年5月双公示情况说明（加盖公章）|STATEMENT|true|2020年6月至2021年5月",
            "年度工作报告|STATEMENT|false|-",
            "现场活动照片|PHOTO|false|-",
            "加盖单位公章的承诺书|STAMPED_SCAN|true|-",
            "2019年以来开展诚信宣传的相关材料|STATEMENT|false|2019年以来",
            "近三年的信用评价结果|OTHER|false|近三年",
            "2021年6月1日前报送的数据|OTHER|false|-",
            "2020年度信用监管工作总结|STATEMENT|false|2020年度"})
    void readsTypeStampAndPeriodFromTheWording(String text, EvidenceType type, boolean stamp, String period) {
        Classification c = EvidenceClassifier.classify(text);
        assertEquals(type, c.type(), text);
        assertEquals(stamp, c.stampRequired(), text);
        assertEquals(period, c.periodText(), text);
    }
}
