// Types of bench/bundle-size.mjs, for the test that holds the size target.
export interface BundleSize {
  minified: number;
  gzipped: number;
}
export declare const TARGET_RATIO: number;
export declare function measureBundles(): Promise<{
  client: BundleSize;
  sdk: BundleSize;
  ratio: number;
}>;
export declare function reportBundleSizes(): Promise<void>;
export declare const MOCK_SHARE_BEFORE: number;
export declare const MOCK_SHARE_TARGET: number;
export interface PageSize {
  initial: BundleSize;
  onDemand: BundleSize;
  inputs: string[];
}
export declare function measureMockPage(): Promise<{
  mock: PageSize;
  msw: PageSize;
  whole: BundleSize;
  own: number;
  ownOnDemand: number;
  ownWhole: number;
}>;
