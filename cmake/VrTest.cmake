# vr_add_qtest(NAME SOURCES... [LIBS ...] [ENV ...] [NO_CTEST]): one Qt Test executable per suite, registered
# with CTest unless NO_CTEST (a runner registered several times with different data, like the golden cases).
# Every test runs offscreen, with retry sleeps scaled to zero, and never sees the developer's API keys.
function(vr_add_qtest name)
  cmake_parse_arguments(ARG "NO_CTEST" "" "SOURCES;LIBS;ENV" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE
    VR_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    VR_BIN_DIR="${CMAKE_RUNTIME_OUTPUT_DIRECTORY}")
  if(ARG_NO_CTEST)
    return()
  endif()
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT
    "QT_QPA_PLATFORM=offscreen;VALUERANK_RETRY_DELAY_SCALE=0;${ARG_ENV}")
endfunction()
