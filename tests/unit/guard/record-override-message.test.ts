import { recordOverrideMessageSchema } from '../../../lib/messages';

/** The content script's override reaches the background's audit log through this message. */
describe('recordOverrideMessageSchema', () => {
  const message = {
    type: 'record-override',
    record: {
      invoiceNumber: 'INV-1001',
      date: '2026-09-15',
      verdict: 'closed',
      period: 'Sep 2026',
      who: 'Dana Reyes',
      reason: 'Customer approved the September date',
    },
  };

  it('carries who chose Export anyway and why to the background', () => {
    expect(recordOverrideMessageSchema.parse(message).record).toEqual(message.record);
  });

  it('still takes an override without them', () => {
    const { who: _who, reason: _reason, ...bare } = message.record;
    expect(recordOverrideMessageSchema.parse({ ...message, record: bare }).record).toEqual(bare);
  });

  it('refuses a reason longer than the audit log keeps', () => {
    const long = { ...message, record: { ...message.record, reason: 'x'.repeat(501) } };
    expect(recordOverrideMessageSchema.safeParse(long).success).toBe(false);
  });
});
