// The sha256 of every wheel of the pinned uv release on PyPI, and of the `uv` executable inside
// each (from the wheel's RECORD). Any index may serve uv (the runtime's own, a mirror), but pip
// installs it with --require-hashes against this table, so only PyPI's bytes install; a cached
// install is used only when its executable is one of these.
// Source: `pip download --no-deps --only-binary :all: --platform <tag> uv==0.13.9` from
// https://pypi.org/simple for every platform tag, then sha256sum and each wheel's RECORD.

export interface UvWheel {
  file: string;
  sha256: string;
  /** sha256 of uv-<version>.data/scripts/uv (uv.exe on Windows). */
  exeSha256: string;
}

export const UV_WHEELS: Readonly<Record<string, readonly UvWheel[]>> = {
  '0.13.9': [
    { file: 'uv-0.13.9-py3-none-macosx_10_12_x86_64.whl', sha256: 'c16ed11e013557536b3e60065f1b912f6407bd6518e041b961e23ef9e6b4fbf5', exeSha256: '9d275208c058354f9b300ea46a499c7a29de3249ae839503cadff2c01c159d69' },
    { file: 'uv-0.13.9-py3-none-macosx_11_0_arm64.whl', sha256: '66c512266d633bef48384a1f53003f41f2a8e7b36fe6e7fbfd3e0fd52d96fa63', exeSha256: '0e17c316d23b33b4e840669f516f5cb7f5c1faa816ebd3824052ab50082ecefb' },
    { file: 'uv-0.13.9-py3-none-manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64.whl', sha256: '5435c5ce14a56431208ca0996416d310f1598e8c2c8ba707688985a16bb82dbe', exeSha256: 'bbecb5ac518030bb5e84f1999c577228460192832ac24a92bd772735682979f4' },
    { file: 'uv-0.13.9-py3-none-manylinux_2_17_armv7l.manylinux2014_armv7l.musllinux_1_1_armv7l.whl', sha256: '7ec1e1dd9b6cb335c301afdf877989df384227313981850755a59561f75e4ab8', exeSha256: '0bab0eba17b82b117ef87a70e8868973fc62cb51f9c4c9900d519feece38971b' },
    { file: 'uv-0.13.9-py3-none-manylinux_2_17_armv7l.manylinux2014_armv7l.whl', sha256: '16963d19594e18d746a70c7fce82237bde4f2cac4cfcf0ca2b84796fe9d0c6e9', exeSha256: '7044f2d032f71c063417bb3aed7f20ad9eb02e8c643bae0c2f02987aa436e3f6' },
    { file: 'uv-0.13.9-py3-none-manylinux_2_17_i686.manylinux2014_i686.whl', sha256: 'db5c8df7145c21ffea9c0f74e38823bac3af60cbadf0e26b8633f08627b17bab', exeSha256: '3e020ca1e7eb3847223d73e7e2a128336e38f97ab531c0dd0ad664914bd281e2' },
    { file: 'uv-0.13.9-py3-none-manylinux_2_17_ppc64le.manylinux2014_ppc64le.whl', sha256: 'c5dbdb7c8737cd183a9dce95b39cfd1f3d54ec2a27a1bb58f160293f9ba2c805', exeSha256: '5a79e319d808a91a66b54c98c384ea87bed4b821a6088315f4e06609d10312ec' },
    { file: 'uv-0.13.9-py3-none-manylinux_2_17_s390x.manylinux2014_s390x.whl', sha256: 'a6e845f387e4ed55bb59342957a9179e24a631fcc7668bda3426ae1cef8ed4b9', exeSha256: 'a9bc459c45e1db54291da5fed244781912e845f74384ed02c474620a663fa065' },
    { file: 'uv-0.13.9-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', sha256: 'd7f459fe4fd247d830351c75686d3996ace3c6f3f728eb0e85a30b7ada0cef19', exeSha256: 'b73acdf73b96c3ac9e56d2fa933427b3ee6a901e3cce6ba1e3ecb3f91ca0d86a' },
    { file: 'uv-0.13.9-py3-none-manylinux_2_31_riscv64.whl', sha256: '6b0c7b9f47a5d011939d61e324d3fe18a8bc155d8dd53add738709a92f290a7c', exeSha256: '7a1d34ac77b2d89fa7cd72a78ed331aa19701e41ce21a0b3f7686729724c2e8e' },
    { file: 'uv-0.13.9-py3-none-musllinux_1_1_i686.whl', sha256: 'a2ee66fe8b6608e1482ab1bde5799da04705c1cb40324c7f66054ecf46ae6e40', exeSha256: 'ccc6a9b960b41760459627562df50829358ed0b5481ec6956c434b91012e01a4' },
    { file: 'uv-0.13.9-py3-none-musllinux_1_1_x86_64.whl', sha256: '2c45530751517d6c3bbc69a19473f6effe47cce047bede01ffd8af7ea7b36b25', exeSha256: 'edbfb9a3d00dc84148e6691cd8740781fdc32db6505d7ef88ba6c3e569d5bec9' },
    { file: 'uv-0.13.9-py3-none-win32.whl', sha256: '3eeeb51a267a2144640fcd8f38d4a2f63439b39bc47445fd84727c3fc462c843', exeSha256: '5d108399068e4932b361beaf180e2ad6fd16ea5173eee846af61c621b5a14c5e' },
    { file: 'uv-0.13.9-py3-none-win_amd64.whl', sha256: '6a44b2ed8111d2f60d2b92627c5dccda3f7ed7570b18ce115e569cd68c28246b', exeSha256: '7e6349bc24cfc7249f892c41298e4371826a19008c3cbcfe13eacd08ac398470' },
    { file: 'uv-0.13.9-py3-none-win_arm64.whl', sha256: 'eeb92051c2123b9730c46b04cc843cfa4bc7d7b0aec56df431a2215ef4cb0273', exeSha256: '4514fb99c05235f1e98ff38dbfd59ecbc57fdb8a1922b5af20e09a227f51fb13' },
  ],
};
