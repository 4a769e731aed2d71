package org.crossroads.shared.tabular;

/**
 * Which end of a period an incomplete date stands for: {@code 2021} is 1 January 2021 as a start and
 * 31 December 2021 as an end; {@code 2021-06} is 1 June or 30 June.
 */
public enum DateBound { START, END }
