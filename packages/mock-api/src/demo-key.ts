// The key the fake accepts unless told otherwise: in its own module so the bin can print it before loading the fake.
export const DEMO_API_KEY = 'ol_test_demo_key';
