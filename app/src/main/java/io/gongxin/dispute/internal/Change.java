package io.gongxin.dispute.internal;

/** A field the centre or the provider corrects: its label, the value as published, the value it will have. */
record Change(String label, String published, String corrected) {
}
