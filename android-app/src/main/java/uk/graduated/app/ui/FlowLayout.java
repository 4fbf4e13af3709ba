package uk.graduated.app.ui;

import android.content.Context;
import android.util.AttributeSet;
import android.view.View;
import android.view.ViewGroup;

import uk.graduated.app.R;

/**
 * Lays its children out left to right and wraps onto new rows, like chips in a chip group (the
 * framework has none, and library widgets cannot be built here: docs/adr/0001).
 */
public final class FlowLayout extends ViewGroup {
    private final int gap;

    public FlowLayout(Context context) {
        this(context, null);
    }

    public FlowLayout(Context context, AttributeSet attrs) {
        super(context, attrs);
        gap = context.getResources().getDimensionPixelSize(R.dimen.space_s);
    }

    @Override
    protected void onMeasure(int widthMeasureSpec, int heightMeasureSpec) {
        int maxWidth = MeasureSpec.getSize(widthMeasureSpec) - getPaddingLeft() - getPaddingRight();
        boolean bounded = MeasureSpec.getMode(widthMeasureSpec) != MeasureSpec.UNSPECIFIED;
        int x = 0;
        int y = 0;
        int rowHeight = 0;
        int widest = 0;
        for (int i = 0; i < getChildCount(); i++) {
            View child = getChildAt(i);
            if (child.getVisibility() == GONE) {
                continue;
            }
            measureChild(child, widthMeasureSpec, heightMeasureSpec);
            int w = child.getMeasuredWidth();
            if (bounded && x > 0 && x + w > maxWidth) {
                x = 0;
                y += rowHeight + gap;
                rowHeight = 0;
            }
            x += w + gap;
            widest = Math.max(widest, x - gap);
            rowHeight = Math.max(rowHeight, child.getMeasuredHeight());
        }
        // As wide as its widest row: a wrap_content flow beside other views leaves them their room.
        int width = widest + getPaddingLeft() + getPaddingRight();
        if (MeasureSpec.getMode(widthMeasureSpec) == MeasureSpec.EXACTLY) {
            width = MeasureSpec.getSize(widthMeasureSpec);
        }
        setMeasuredDimension(resolveSize(width, widthMeasureSpec),
                resolveSize(y + rowHeight + getPaddingTop() + getPaddingBottom(), heightMeasureSpec));
    }

    @Override
    protected void onLayout(boolean changed, int l, int t, int r, int b) {
        int maxWidth = r - l - getPaddingLeft() - getPaddingRight();
        int x = 0;
        int y = 0;
        int rowHeight = 0;
        for (int i = 0; i < getChildCount(); i++) {
            View child = getChildAt(i);
            if (child.getVisibility() == GONE) {
                continue;
            }
            int w = child.getMeasuredWidth();
            if (x > 0 && x + w > maxWidth) {
                x = 0;
                y += rowHeight + gap;
                rowHeight = 0;
            }
            int left = getPaddingLeft() + x;
            int top = getPaddingTop() + y;
            child.layout(left, top, left + w, top + child.getMeasuredHeight());
            x += w + gap;
            rowHeight = Math.max(rowHeight, child.getMeasuredHeight());
        }
    }
}
