/** The account every sandbox resource belongs to. */
export const ACCOUNT_ID = '123456789012';
