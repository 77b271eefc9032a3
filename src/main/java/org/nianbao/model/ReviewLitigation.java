package org.nianbao.model;

/** Table 四 (行政复议、行政诉讼情况). */
public record ReviewLitigation(ReviewBlock review, ReviewBlock litigationDirect, ReviewBlock litigationAfterReview) {
}
