package dev.pitwall.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.api.ApiProperties;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageQueryTest {

    static final ApiProperties.Paging LIMITS = new ApiProperties.Paging(20, 200);

    @Test
    void appliesDefaultsAndComputesOffset() {
        assertThat(PageQuery.of(null, null, LIMITS)).isEqualTo(new PageQuery(0, 20));
        assertThat(PageQuery.of(3, 50, LIMITS).offset()).isEqualTo(150);
    }

    @Test
    void acceptsTheMaximumSizeAndRejectsMoreOrLess() {
        assertThat(PageQuery.of(0, 200, LIMITS).size()).isEqualTo(200);
        assertThatThrownBy(() -> PageQuery.of(0, 201, LIMITS)).hasMessageContaining("'size'").hasMessageContaining("1 to 200");
        assertThatThrownBy(() -> PageQuery.of(0, 0, LIMITS)).hasMessageContaining("'size'");
        assertThatThrownBy(() -> PageQuery.of(-1, 20, LIMITS)).hasMessageContaining("'page'");
    }

    @Test
    void countsPagesRoundingUp() {
        assertThat(Page.of(List.of(), new PageQuery(0, 20), 41).totalPages()).isEqualTo(3);
        assertThat(Page.of(List.of(), new PageQuery(0, 20), 40).totalPages()).isEqualTo(2);
        assertThat(Page.of(List.of(), new PageQuery(0, 20), 0).totalPages()).isZero();
    }
}
