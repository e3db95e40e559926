import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DiscussionFrame, DiscussionSkeleton } from './discussion-frame';

describe('DiscussionFrame with its skeleton', () => {
  it('holds the discussion’s place: the region, its id, heading and count, marked as loading', () => {
    render(
      <DiscussionFrame id="discussion" headingId="discussion-heading">
        <DiscussionSkeleton headingId="discussion-heading" commentCount={1234} />
      </DiscussionFrame>,
    );
    const region = screen.getByRole('region', { name: 'Discussion' });
    expect(region).toHaveAttribute('id', 'discussion');
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent('Discussion (1,234)');
    expect(within(region).getByLabelText('Loading the discussion')).toHaveAttribute('aria-busy', 'true');
  });
});
